package com.stockroom.notifications.application;

import com.stockroom.common.json.Jsonp;
import com.stockroom.notifications.domain.MailContent;
import com.stockroom.notifications.domain.MailTemplates;
import com.stockroom.notifications.domain.TemplateException;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.SendFailedException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Properties;
import org.jboss.logging.Logger;

/**
 * E-mail through WildFly's mail session {@code java:jboss/mail/Stockroom} (host, port, TLS and
 * sender from the server's configuration, {@code STOCKROOM_SMTP_*}; credentials from {@code
 * STOCKROOM_SMTP_USER} and {@code STOCKROOM_SMTP_PASSWORD}, passed when connecting, because an
 * empty user name in the server's configuration would still switch SMTP AUTH on). Without an SMTP
 * host configured, each message is written to the log and recorded as DELIVERED_TO_LOG, so the
 * system can be tried without a mail server.
 */
@ApplicationScoped
public class EmailChannel {

  public static final String EVENT_HEADER = "Stockroom-Event";
  public static final String EVENT_ID_HEADER = "Stockroom-Event-Id";

  private static final Logger LOG = Logger.getLogger(EmailChannel.class);

  @Resource(lookup = "java:jboss/mail/Stockroom")
  Session configured;

  @Inject NotificationsSettings settings;

  private Session session;

  /**
   * The server's session with timeouts added: Jakarta Mail waits forever by default, and WildFly's
   * smtp server resource has no attribute for them, so a hung SMTP server would hold a sender.
   */
  @PostConstruct
  void addTimeouts() {
    Properties properties = new Properties();
    properties.putAll(configured.getProperties());
    String millis = Long.toString(settings.sendTimeout().toMillis());
    for (String timeout : List.of("connectiontimeout", "timeout", "writetimeout")) {
      properties.putIfAbsent("mail.smtp." + timeout, millis);
    }
    session = Session.getInstance(properties);
  }

  public SendResult send(ClaimedDelivery delivery) {
    MailContent content;
    InternetAddress to;
    try (JsonReader reader = Jsonp.createReader(new StringReader(delivery.payload()))) {
      JsonObject payload = reader.readObject();
      content = MailTemplates.render(delivery.eventType(), payload, delivery.eventId().toString());
      to = new InternetAddress(delivery.recipient(), true);
    } catch (TemplateException e) {
      return SendResult.failedForGood("cannot write the e-mail: " + e.getMessage());
    } catch (AddressException e) {
      return SendResult.failedForGood("not an e-mail address: " + delivery.recipient());
    }
    if (!settings.smtpConfigured()) {
      LOG.infof(
          "No SMTP server configured (STOCKROOM_SMTP_HOST), so this e-mail is delivered to the"
              + " log.%nTo: %s%nSubject: %s%n%s: %s%n%n%s",
          to, content.subject(), EVENT_ID_HEADER, delivery.eventId(), content.text());
      return SendResult.deliveredToLog();
    }
    try {
      MimeMessage message = message(delivery, content, to);
      try (Transport transport = session.getTransport("smtp")) {
        if (settings.smtpUser().isPresent()) {
          transport.connect(settings.smtpUser().get(), settings.smtpPassword());
        } else {
          transport.connect();
        }
        transport.sendMessage(message, message.getAllRecipients());
      }
      return SendResult.delivered(null);
    } catch (SendFailedException e) {
      // The server refused the address itself (5xx on RCPT TO): no retry will change that.
      boolean refused =
          e.getInvalidAddresses() != null
              && e.getInvalidAddresses().length > 0
              && (e.getValidSentAddresses() == null || e.getValidSentAddresses().length == 0);
      return refused
          ? SendResult.failedForGood("SMTP refused the address: " + describe(e))
          : SendResult.failed(null, "SMTP: " + describe(e));
    } catch (MessagingException e) {
      return SendResult.failed(null, "SMTP: " + describe(e));
    }
  }

  private MimeMessage message(ClaimedDelivery delivery, MailContent content, InternetAddress to)
      throws MessagingException {
    MimeMessage message = new MimeMessage(session);
    message.setFrom();
    message.setRecipient(Message.RecipientType.TO, to);
    message.setSubject(content.subject(), StandardCharsets.UTF_8.name());
    message.setHeader(EVENT_HEADER, delivery.eventType());
    message.setHeader(EVENT_ID_HEADER, delivery.eventId().toString());
    message.setHeader("Auto-Submitted", "auto-generated");
    MimeBodyPart text = new MimeBodyPart();
    text.setText(content.text(), StandardCharsets.UTF_8.name(), "plain");
    MimeBodyPart html = new MimeBodyPart();
    html.setText(content.html(), StandardCharsets.UTF_8.name(), "html");
    MimeMultipart alternative = new MimeMultipart("alternative");
    alternative.addBodyPart(text);
    alternative.addBodyPart(html);
    message.setContent(alternative);
    message.setSentDate(java.util.Date.from(delivery.occurredAt()));
    return message;
  }

  private static String describe(Exception e) {
    Throwable cause = e;
    while (cause.getCause() != null && cause.getCause() != cause) {
      cause = cause.getCause();
    }
    String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    return cause == e ? message : message + " (" + cause + ")";
  }
}
