package com.stockroom.notifications.application;

import com.stockroom.notifications.api.DeliveryAttemptView;
import com.stockroom.notifications.api.DeliveryView;
import com.stockroom.notifications.api.WebhookSubscriptionView;
import com.stockroom.notifications.persistence.Delivery;
import com.stockroom.notifications.persistence.DeliveryAttempt;
import com.stockroom.notifications.persistence.WebhookSubscription;
import java.util.List;
import java.util.UUID;

/** Maps entities to the records staff see; entities never leave the module. */
final class Views {

  private Views() {}

  static DeliveryView delivery(
      Delivery d, UUID eventId, String eventSubject, List<DeliveryAttempt> attempts) {
    return new DeliveryView(
        Long.toString(d.id()),
        eventId.toString(),
        d.eventType(),
        eventSubject,
        d.channel(),
        d.recipient(),
        d.subscriptionId() == null ? null : Long.toString(d.subscriptionId()),
        d.status(),
        d.attempts(),
        d.nextAttemptAt(),
        d.lastAttemptAt(),
        d.lastStatusCode(),
        d.lastError(),
        d.deliveredAt(),
        d.createdAt(),
        attempts == null ? null : attempts.stream().map(Views::attempt).toList());
  }

  static DeliveryAttemptView attempt(DeliveryAttempt a) {
    return new DeliveryAttemptView(
        a.number(),
        a.attemptedAt(),
        a.durationMs(),
        a.node(),
        a.outcome(),
        a.statusCode(),
        a.error());
  }

  static WebhookSubscriptionView subscription(WebhookSubscription s, String secret) {
    return new WebhookSubscriptionView(
        Long.toString(s.id()),
        s.url(),
        s.eventTypes(),
        s.description(),
        s.status(),
        s.deadStreak(),
        s.pausedAt(),
        s.pauseReason(),
        s.createdAt(),
        s.createdBy(),
        s.updatedAt(),
        s.deletedAt(),
        secret);
  }
}
