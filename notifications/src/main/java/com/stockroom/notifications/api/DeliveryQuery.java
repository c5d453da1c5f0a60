package com.stockroom.notifications.api;

import java.util.UUID;

/** Filters of the delivery log; {@code null} means any. */
public record DeliveryQuery(
    DeliveryStatus status,
    String eventType,
    String recipient,
    DeliveryChannel channel,
    UUID eventId,
    Long subscriptionId) {

  public static DeliveryQuery any() {
    return new DeliveryQuery(null, null, null, null, null, null);
  }
}
