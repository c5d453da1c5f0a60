package com.stockroom.it.notifications;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.Address;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * The SMTP server every server under test sends to: GreenMail on the port it-environment.sh chose
 * (the servers' STOCKROOM_SMTP_PORT), requiring the run's SMTP credentials. It starts the first
 * time a test needs it and runs until the test JVM ends, so mail sent while one class runs may
 * arrive while the next does: tests find their own messages by recipient or event id.
 */
public final class Mailbox {

  public static final String SMTP_USER = "stockroom";

  private static GreenMail greenMail;

  private Mailbox() {}

  public static synchronized GreenMail server() {
    if (greenMail == null) {
      int port = Integer.getInteger("it.smtp.port");
      GreenMail started =
          new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP))
              .withConfiguration(
                  GreenMailConfiguration.aConfig()
                      .withUser(SMTP_USER, System.getProperty("it.smtp.password")));
      started.start();
      Runtime.getRuntime().addShutdownHook(new Thread(started::stop, "greenmail-stop"));
      greenMail = started;
    }
    return greenMail;
  }

  /** Every message received so far with this address among its recipients. */
  public static List<MimeMessage> to(String address) {
    return Arrays.stream(server().getReceivedMessages())
        .filter(message -> isAddressedTo(message, address))
        .toList();
  }

  /** Every message received so far about this event ({@code Stockroom-Event-Id}). */
  public static List<MimeMessage> about(String eventId) {
    return Arrays.stream(server().getReceivedMessages())
        .filter(message -> eventId.equals(header(message, "Stockroom-Event-Id")))
        .toList();
  }

  public static String header(MimeMessage message, String name) {
    try {
      return message.getHeader(name, ",");
    } catch (MessagingException e) {
      throw new IllegalStateException(e);
    }
  }

  private static boolean isAddressedTo(MimeMessage message, String address) {
    try {
      Address[] recipients = message.getAllRecipients();
      return recipients != null
          && Arrays.stream(recipients)
              .map(Address::toString)
              .map(a -> a.toLowerCase(Locale.ROOT))
              .anyMatch(a -> a.contains(address.toLowerCase(Locale.ROOT)));
    } catch (MessagingException e) {
      throw new IllegalStateException(e);
    }
  }
}
