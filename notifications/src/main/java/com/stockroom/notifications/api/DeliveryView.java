package com.stockroom.notifications.api;

import java.time.Instant;
import java.util.List;

/**
 * One message of one event to one recipient, for the delivery log.
 *
 * @param recipient the e-mail address, or the webhook subscription's URL
 * @param subscriptionId the webhook subscription, for webhook deliveries
 * @param attemptCount every attempt so far, manual retries included
 * @param nextAttemptAt when the next attempt is due, while one is
 * @param attempts every attempt, oldest first, when one delivery is read ({@code null} in lists)
 */
public record DeliveryView(
    String id,
    String eventId,
    String eventType,
    String eventSubject,
    DeliveryChannel channel,
    String recipient,
    String subscriptionId,
    DeliveryStatus status,
    int attemptCount,
    Instant nextAttemptAt,
    Instant lastAttemptAt,
    Integer lastStatusCode,
    String lastError,
    Instant deliveredAt,
    Instant createdAt,
    List<DeliveryAttemptView> attempts) {}
