package com.stockroom.notifications.application;

import com.stockroom.notifications.api.DeliveryChannel;
import java.time.Instant;
import java.util.UUID;

/**
 * A delivery this node holds for one attempt, with everything the channel needs to send it.
 *
 * @param claimToken proves the claim when the outcome is recorded
 * @param leaseEnds when another node may claim it again; it must not be sent close to that
 * @param webhookSecret the subscription's signing secret, for webhook deliveries
 */
public record ClaimedDelivery(
    long deliveryId,
    UUID claimToken,
    Instant leaseEnds,
    DeliveryChannel channel,
    String recipient,
    UUID eventId,
    String eventType,
    String payload,
    Instant occurredAt,
    String webhookSecret) {

  @Override
  public String toString() {
    // Never print the secret.
    return "delivery " + deliveryId + " of event " + eventId + " to " + recipient;
  }
}
