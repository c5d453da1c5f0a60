package com.stockroom.notifications.application;

import com.stockroom.common.json.Jsonp;
import com.stockroom.notifications.api.AttemptOutcome;
import com.stockroom.notifications.api.DeliveryChannel;
import com.stockroom.notifications.api.DeliveryStatus;
import com.stockroom.notifications.domain.MailTemplates;
import com.stockroom.notifications.persistence.Delivery;
import com.stockroom.notifications.persistence.DeliveryAttempt;
import com.stockroom.notifications.persistence.DeliveryRepository;
import com.stockroom.notifications.persistence.OutboxEvent;
import com.stockroom.notifications.persistence.OutboxRepository;
import com.stockroom.notifications.persistence.WebhookSubscription;
import com.stockroom.notifications.persistence.WebhookSubscriptionRepository;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import java.io.StringReader;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.LongFunction;
import org.jboss.logging.Logger;

/**
 * The dispatcher's steps, each its own short transaction on the primary: fan events out into
 * deliveries, claim due deliveries, record how an attempt went. Rows are taken with {@code FOR
 * UPDATE SKIP LOCKED}, so any number of nodes run these at once on disjoint rows.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class DeliveryQueue {

  private static final Logger LOG = Logger.getLogger(DeliveryQueue.class);

  @Inject OutboxRepository outbox;

  @Inject DeliveryRepository deliveries;

  @Inject WebhookSubscriptionRepository subscriptions;

  @Inject NotificationsSettings settings;

  private final Clock clock = Clock.systemUTC();

  /**
   * One step of the dispatcher: claims up to {@code maxClaims} due deliveries for this node for one
   * lease, most overdue first, then turns up to {@code maxEvents} published events into deliveries:
   * one per e-mail address (the event's own, plus the staff mailboxes when it asks for staff) and
   * one per webhook subscription of its type. While fewer than {@code maxClaims} are claimed, a new
   * delivery that may go out now is claimed as it is written: inserted claimed, it saves the update
   * and the read of its event that a later claim would cost (an order's e-mail, each time).
   */
  public DispatchStep fanOutAndClaim(int maxEvents, int maxClaims) {
    Instant now = clock.instant();
    Instant leaseEnds = now.plus(settings.lease());
    List<ClaimedDelivery> claimed = new ArrayList<>();
    if (maxClaims > 0) {
      List<Delivery> due = deliveries.lockDue(maxClaims, now);
      outbox.load(due.stream().map(Delivery::eventId).distinct().toList());
      due.forEach(delivery -> claimed.add(claimed(delivery, delivery.claim(leaseEnds), leaseEnds)));
    }
    List<OutboxEvent> events = outbox.lockNotFannedOut(maxEvents);
    List<String> staff = settings.staffEmails();
    Map<String, List<WebhookSubscription>> subscribers = new HashMap<>();
    for (OutboxEvent event : events) {
      List<Delivery> created = new ArrayList<>();
      if (event.subscriptionId() != null) {
        subscriptions
            .find(event.subscriptionId())
            .filter(s -> !s.isDeleted())
            .ifPresent(s -> created.add(Delivery.webhook(event, s, now)));
      } else {
        for (String address : addresses(event, staff)) {
          created.add(Delivery.email(event, address, now));
        }
        for (WebhookSubscription subscription :
            subscribers.computeIfAbsent(event.type(), subscriptions::subscribedTo)) {
          created.add(Delivery.webhook(event, subscription, now));
        }
      }
      for (Delivery delivery : created) {
        boolean sendable = delivery.subscription() == null || delivery.subscription().isActive();
        // Claimed before it is persisted, so that its one insert carries the claim.
        UUID token = sendable && claimed.size() < maxClaims ? delivery.claim(leaseEnds) : null;
        deliveries.add(delivery);
        if (token != null) {
          claimed.add(claimed(delivery, token, leaseEnds));
        }
      }
      event.markFannedOut(now);
    }
    return new DispatchStep(events.size(), claimed);
  }

  /**
   * What one {@link #fanOutAndClaim} step did.
   *
   * @param fannedOut how many events it fanned out
   * @param claimed the deliveries it claimed for this node
   */
  public record DispatchStep(int fannedOut, List<ClaimedDelivery> claimed) {}

  /** What a sender needs of a delivery claimed with {@code token} until {@code leaseEnds}. */
  private static ClaimedDelivery claimed(Delivery delivery, UUID token, Instant leaseEnds) {
    OutboxEvent event = delivery.event();
    // A webhook goes to the subscription's URL and secret as they are now (staff may have
    // changed them since the event was fanned out).
    WebhookSubscription subscription =
        delivery.channel() == DeliveryChannel.WEBHOOK ? delivery.subscription() : null;
    return new ClaimedDelivery(
        delivery.id(),
        token,
        leaseEnds,
        delivery.channel(),
        subscription == null ? delivery.recipient() : subscription.url(),
        event.id(),
        event.type(),
        event.payload(),
        event.occurredAt(),
        subscription == null ? null : subscription.secret());
  }

  /**
   * Records one attempt and moves the delivery on (delivered, retry later, or dead); a dead webhook
   * delivery counts against its subscription, which pauses after too many in a row.
   */
  public void complete(ClaimedDelivery claimed, SendResult result, Delivery.Attempt attempt) {
    deliveries
        .lock(claimed.deliveryId())
        .ifPresent(
            delivery ->
                record(
                    delivery, claimed, result, attempt, id -> subscriptions.lock(id).orElse(null)));
  }

  /**
   * {@link #complete} for many attempts in one transaction: the deliveries are locked and read in
   * one statement each, their attempts inserted in one batch, so a busy node records its sends at a
   * fraction of a transaction each. All or none: if one fails, none is recorded.
   */
  public void completeAll(List<FinishedAttempt> finished) {
    Map<Long, Delivery> locked =
        deliveries.lockAll(finished.stream().map(f -> f.claimed().deliveryId()).toList());
    // Subscriptions in id order too: two nodes' batches never hold one each that the other wants.
    Map<Long, WebhookSubscription> lockedSubscriptions = new HashMap<>();
    locked.values().stream()
        .map(Delivery::subscriptionId)
        .filter(Objects::nonNull)
        .distinct()
        .sorted()
        .forEach(id -> subscriptions.lock(id).ifPresent(s -> lockedSubscriptions.put(id, s)));
    for (FinishedAttempt attempt : finished) {
      Delivery delivery = locked.get(attempt.claimed().deliveryId());
      if (delivery != null) {
        record(
            delivery,
            attempt.claimed(),
            attempt.result(),
            attempt.attempt(),
            lockedSubscriptions::get);
      }
    }
  }

  /**
   * Records one attempt on a locked delivery; {@code lockedSubscription} gives its subscription by
   * id, locked by this transaction (null when gone).
   */
  private void record(
      Delivery delivery,
      ClaimedDelivery claimed,
      SendResult result,
      Delivery.Attempt attempt,
      LongFunction<WebhookSubscription> lockedSubscription) {
    if (!delivery.isClaimedBy(claimed.claimToken())) {
      LOG.warnf(
          "the lease on %s ran out before its attempt ended (%s); logging the attempt only",
          claimed, attempt.outcome());
      deliveries.add(delivery.recordLateAttempt(attempt));
      return;
    }
    // The subscription is locked before the delivery changes it, and never read unlocked here.
    WebhookSubscription subscription =
        delivery.subscriptionId() == null
            ? null
            : lockedSubscription.apply(delivery.subscriptionId());
    DeliveryAttempt recorded =
        delivery.recordAttempt(
            attempt,
            result.permanent(),
            settings.retryPolicy(),
            ThreadLocalRandom.current().nextDouble());
    deliveries.add(recorded);
    if (subscription != null) {
      if (delivery.status() == DeliveryStatus.DEAD) {
        subscription.recordDeadDelivery(settings.pauseAfterDeadDeliveries(), clock.instant());
        if (!subscription.isActive()) {
          LOG.warnf(
              "webhook subscription %d paused: %s", subscription.id(), subscription.pauseReason());
        }
      } else if (attempt.outcome() == AttemptOutcome.DELIVERED) {
        subscription.recordDelivered();
      }
    }
    if (delivery.status() == DeliveryStatus.DEAD) {
      LOG.warnf("%s is DEAD after %d attempts: %s", claimed, delivery.attempts(), attempt.error());
    }
  }

  private static List<String> addresses(OutboxEvent event, List<String> staff) {
    if (!MailTemplates.hasTemplate(event.type())) {
      return List.of();
    }
    Map<String, String> byLowerCase = new LinkedHashMap<>();
    try (JsonReader reader = Jsonp.createReader(new StringReader(event.recipientEmails()))) {
      reader.readArray().getValuesAs(JsonString.class).stream()
          .map(JsonString::getString)
          .map(String::trim)
          .filter(address -> !address.isEmpty())
          .forEach(address -> byLowerCase.putIfAbsent(address.toLowerCase(Locale.ROOT), address));
    }
    if (event.staff()) {
      staff.forEach(address -> byLowerCase.putIfAbsent(address.toLowerCase(Locale.ROOT), address));
    }
    return List.copyOf(byLowerCase.values());
  }
}
