package com.stockroom.notifications.application;

import static com.stockroom.notifications.application.NotificationProblems.requireManager;

import com.stockroom.common.json.Jsonp;
import com.stockroom.common.paging.Page;
import com.stockroom.common.paging.PageRequest;
import com.stockroom.common.problem.FieldError;
import com.stockroom.common.problem.ProblemException;
import com.stockroom.common.problem.ValidationProblem;
import com.stockroom.common.security.Caller;
import com.stockroom.notifications.api.EventTypes;
import com.stockroom.notifications.api.NewWebhookSubscription;
import com.stockroom.notifications.api.OutboundEvent;
import com.stockroom.notifications.api.Recipients;
import com.stockroom.notifications.api.TestEventSent;
import com.stockroom.notifications.api.WebhookStatus;
import com.stockroom.notifications.api.WebhookSubscriptionChanges;
import com.stockroom.notifications.api.WebhookSubscriptionView;
import com.stockroom.notifications.api.WebhookSubscriptions;
import com.stockroom.notifications.domain.SubscriptionRules;
import com.stockroom.notifications.domain.WebhookSignature;
import com.stockroom.notifications.persistence.Delivery;
import com.stockroom.notifications.persistence.DeliveryRepository;
import com.stockroom.notifications.persistence.WebhookSubscription;
import com.stockroom.notifications.persistence.WebhookSubscriptionRepository;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.jboss.logging.Logger;

/** Webhook subscriptions, managed by staff. */
@Stateless
public class WebhookSubscriptionService implements WebhookSubscriptions {

  private static final Logger LOG = Logger.getLogger(WebhookSubscriptionService.class);

  @Inject WebhookSubscriptionRepository subscriptions;

  @Inject DeliveryRepository deliveries;

  @Inject OutboxWriter outbox;

  @Inject DispatchAfterCommit dispatch;

  private final Clock clock = Clock.systemUTC();

  @Override
  public WebhookSubscriptionView create(Caller caller, NewWebhookSubscription request) {
    requireManager(caller);
    if (request == null) {
      throw ProblemException.badRequest("A subscription needs a body: url and eventTypes.");
    }
    List<FieldError> errors = new ArrayList<>();
    String url = SubscriptionRules.url(request.url(), errors);
    Set<String> types = SubscriptionRules.eventTypes(request.eventTypes(), errors);
    String description = SubscriptionRules.description(request.description(), errors);
    if (!errors.isEmpty()) {
      throw new ValidationProblem(errors);
    }
    String secret = WebhookSignature.newSecret();
    WebhookSubscription subscription =
        new WebhookSubscription(
            url,
            types,
            description == null || description.isEmpty() ? null : description,
            secret,
            caller.actor(),
            clock.instant());
    subscriptions.add(subscription);
    LOG.infof(
        "webhook subscription %d to %s for %s created by %s",
        subscription.id(), url, types, caller.actor());
    return Views.subscription(subscription, secret);
  }

  @Override
  public Page<WebhookSubscriptionView> list(Caller caller, WebhookStatus status, PageRequest page) {
    requireManager(caller);
    List<WebhookSubscriptionView> items =
        subscriptions.list(status, page.offset(), page.size()).stream()
            .map(s -> Views.subscription(s, null))
            .toList();
    return Page.of(items, page, subscriptions.count(status));
  }

  @Override
  public Optional<WebhookSubscriptionView> find(Caller caller, long subscriptionId) {
    requireManager(caller);
    return subscriptions.find(subscriptionId).map(s -> Views.subscription(s, null));
  }

  @Override
  public WebhookSubscriptionView update(
      Caller caller, long subscriptionId, WebhookSubscriptionChanges changes) {
    requireManager(caller);
    if (changes == null) {
      throw ProblemException.badRequest("A change needs a body (JSON merge semantics).");
    }
    List<FieldError> errors = new ArrayList<>();
    String url = changes.url() == null ? null : SubscriptionRules.url(changes.url(), errors);
    Set<String> types =
        changes.eventTypes() == null
            ? null
            : SubscriptionRules.eventTypes(changes.eventTypes(), errors);
    String description = SubscriptionRules.description(changes.description(), errors);
    if (!errors.isEmpty()) {
      throw new ValidationProblem(errors);
    }
    WebhookSubscription subscription = lockLive(subscriptionId);
    subscription.change(url, types, description, clock.instant());
    return Views.subscription(subscription, null);
  }

  @Override
  public WebhookSubscriptionView pause(Caller caller, long subscriptionId) {
    requireManager(caller);
    WebhookSubscription subscription = lockLive(subscriptionId);
    subscription.pause("paused by " + caller.actor(), clock.instant());
    return Views.subscription(subscription, null);
  }

  @Override
  public WebhookSubscriptionView resume(Caller caller, long subscriptionId) {
    requireManager(caller);
    WebhookSubscription subscription = lockLive(subscriptionId);
    subscription.resume(clock.instant());
    LOG.infof("webhook subscription %d resumed by %s", subscriptionId, caller.actor());
    dispatch.request();
    return Views.subscription(subscription, null);
  }

  @Override
  public void delete(Caller caller, long subscriptionId) {
    requireManager(caller);
    // Deliveries first, then the subscription: the order the dispatcher locks them in.
    List<Delivery> waiting = deliveries.lockWaitingFor(subscriptionId);
    WebhookSubscription subscription =
        subscriptions
            .lock(subscriptionId)
            .orElseThrow(() -> ProblemException.notFound("Webhook subscription " + subscriptionId));
    if (subscription.isDeleted()) {
      return;
    }
    Instant now = clock.instant();
    subscription.delete(now);
    waiting.forEach(d -> d.abandon("subscription deleted by " + caller.actor()));
    LOG.infof(
        "webhook subscription %d deleted by %s (%d waiting deliveries dropped)",
        subscriptionId, caller.actor(), waiting.size());
  }

  @Override
  public TestEventSent sendTestEvent(Caller caller, long subscriptionId) {
    requireManager(caller);
    WebhookSubscription subscription = lockLive(subscriptionId);
    if (!subscription.isActive()) {
      throw new ProblemException(
          NotificationProblems.SUBSCRIPTION_PAUSED,
          "Webhook subscription " + subscriptionId + " is paused; resume it to send to it.");
    }
    OutboundEvent event =
        new OutboundEvent(
            EventTypes.WEBHOOK_TEST,
            "webhook:" + subscriptionId,
            Jsonp.createObjectBuilder()
                .add("subscriptionId", Long.toString(subscriptionId))
                .add("message", "A test event from Stockroom: this endpoint receives our webhooks.")
                .add("requestedBy", caller.actor())
                .add("requestedAt", clock.instant().toString())
                .build(),
            Recipients.none());
    UUID eventId = outbox.append(event, subscriptionId);
    return new TestEventSent(
        eventId.toString(), EventTypes.WEBHOOK_TEST, Long.toString(subscriptionId));
  }

  private WebhookSubscription lockLive(long subscriptionId) {
    WebhookSubscription subscription =
        subscriptions
            .lock(subscriptionId)
            .orElseThrow(() -> ProblemException.notFound("Webhook subscription " + subscriptionId));
    if (subscription.isDeleted()) {
      throw new ProblemException(
          NotificationProblems.SUBSCRIPTION_DELETED,
          "Webhook subscription " + subscriptionId + " was deleted.");
    }
    return subscription;
  }
}
