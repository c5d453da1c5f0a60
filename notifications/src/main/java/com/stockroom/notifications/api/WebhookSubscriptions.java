package com.stockroom.notifications.api;

import com.stockroom.common.paging.Page;
import com.stockroom.common.paging.PageRequest;
import com.stockroom.common.security.Caller;
import jakarta.ejb.Local;
import java.util.Optional;

/** Webhook subscriptions: register, change, pause, resume, remove, try. Managers only. */
@Local
public interface WebhookSubscriptions {

  /** Registers a subscription; the answer carries its signing secret, the only time it is shown. */
  WebhookSubscriptionView create(Caller caller, NewWebhookSubscription request);

  /** Subscriptions not deleted, oldest first; {@code status} may be {@code null} for any. */
  Page<WebhookSubscriptionView> list(Caller caller, WebhookStatus status, PageRequest page);

  /** A subscription, deleted ones included (with {@code deletedAt}). */
  Optional<WebhookSubscriptionView> find(Caller caller, long subscriptionId);

  WebhookSubscriptionView update(
      Caller caller, long subscriptionId, WebhookSubscriptionChanges changes);

  /** Holds its deliveries until it is resumed. */
  WebhookSubscriptionView pause(Caller caller, long subscriptionId);

  /** Delivers again, the held deliveries first, and forgets the dead streak. */
  WebhookSubscriptionView resume(Caller caller, long subscriptionId);

  /** Soft delete: nothing more is sent to it; its waiting deliveries end DEAD. Idempotent. */
  void delete(Caller caller, long subscriptionId);

  /** Publishes a {@link EventTypes#WEBHOOK_TEST} event addressed to this subscription only. */
  TestEventSent sendTestEvent(Caller caller, long subscriptionId);
}
