package com.stockroom.notifications.api;

import java.util.List;

/**
 * E-mail recipients of an event.
 *
 * @param emails addresses that get the message (a customer, a brand's contact)
 * @param staff whether the shop's staff mailbox (configured, {@code
 *     stockroom.notifications.staff-emails}) gets it too
 */
public record Recipients(List<String> emails, boolean staff) {
  public Recipients {
    emails = List.copyOf(emails);
  }

  public static Recipients to(String email) {
    return new Recipients(List.of(email), false);
  }

  public static Recipients staffOnly() {
    return new Recipients(List.of(), true);
  }

  public static Recipients none() {
    return new Recipients(List.of(), false);
  }
}
