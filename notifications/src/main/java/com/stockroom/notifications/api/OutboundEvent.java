package com.stockroom.notifications.api;

import jakarta.json.JsonObject;
import java.util.Objects;

/**
 * An event to deliver.
 *
 * @param type one of {@link EventTypes}
 * @param subject what the event is about, for the delivery log and ordering ({@code order:42},
 *     {@code sku:TEA-001})
 * @param payload the event body; its shape per type is documented on {@link EventTypes} and is
 *     exactly what webhooks receive
 * @param recipients who gets an e-mail besides the webhook subscribers of the type
 */
public record OutboundEvent(
    String type, String subject, JsonObject payload, Recipients recipients) {
  public OutboundEvent {
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(subject, "subject");
    Objects.requireNonNull(payload, "payload");
    Objects.requireNonNull(recipients, "recipients");
  }
}
