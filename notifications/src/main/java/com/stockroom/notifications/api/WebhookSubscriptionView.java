package com.stockroom.notifications.api;

import java.time.Instant;
import java.util.List;

/**
 * A webhook subscription as staff see it.
 *
 * @param secret the signing secret: present only in the answer to its creation, never again
 * @param deadStreak dead deliveries in a row; the subscription pauses when it reaches the limit
 */
public record WebhookSubscriptionView(
    String id,
    String url,
    List<String> eventTypes,
    String description,
    WebhookStatus status,
    int deadStreak,
    Instant pausedAt,
    String pauseReason,
    Instant createdAt,
    String createdBy,
    Instant updatedAt,
    Instant deletedAt,
    String secret) {

  public WebhookSubscriptionView {
    eventTypes = List.copyOf(eventTypes);
  }
}
