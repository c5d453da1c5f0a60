package com.stockroom.notifications.application;

import static com.stockroom.notifications.application.NotificationProblems.requireManager;

import com.stockroom.common.paging.Page;
import com.stockroom.common.paging.PageRequest;
import com.stockroom.common.problem.ProblemException;
import com.stockroom.common.security.Caller;
import com.stockroom.notifications.api.DeliveryLog;
import com.stockroom.notifications.api.DeliveryQuery;
import com.stockroom.notifications.api.DeliveryStatus;
import com.stockroom.notifications.api.DeliverySummary;
import com.stockroom.notifications.api.DeliveryView;
import com.stockroom.notifications.persistence.Delivery;
import com.stockroom.notifications.persistence.DeliveryRepository;
import com.stockroom.notifications.persistence.OutboxRepository;
import com.stockroom.notifications.persistence.WebhookSubscription;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.jboss.logging.Logger;

/**
 * The delivery log. Lists and the summary read the replica (they may trail the primary by a
 * fraction of a second); one delivery and every change use the primary.
 */
@Stateless
public class DeliveryService implements DeliveryLog {

  private static final Logger LOG = Logger.getLogger(DeliveryService.class);

  @Inject DeliveryRepository deliveries;

  @Inject OutboxRepository outbox;

  @Inject DispatchAfterCommit dispatch;

  private final Clock clock = Clock.systemUTC();

  @Override
  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  public Page<DeliveryView> list(Caller caller, DeliveryQuery query, PageRequest page) {
    requireManager(caller);
    List<DeliveryView> items =
        deliveries.search(query, page).stream()
            .map(row -> Views.delivery(row.delivery(), row.eventId(), row.eventSubject(), null))
            .toList();
    return Page.of(items, page, deliveries.count(query));
  }

  @Override
  public Optional<DeliveryView> find(Caller caller, long deliveryId) {
    requireManager(caller);
    return deliveries.find(deliveryId).map(this::delivery);
  }

  @Override
  public DeliveryView retry(Caller caller, long deliveryId) {
    requireManager(caller);
    Delivery delivery =
        deliveries
            .lock(deliveryId)
            .orElseThrow(() -> ProblemException.notFound("Delivery " + deliveryId));
    if (delivery.status() != DeliveryStatus.DEAD) {
      throw new ProblemException(
          NotificationProblems.DELIVERY_NOT_DEAD,
          "Delivery "
              + deliveryId
              + " is "
              + delivery.status()
              + "; only DEAD deliveries are retried by hand.");
    }
    WebhookSubscription subscription = delivery.subscription();
    if (subscription != null && subscription.isDeleted()) {
      throw new ProblemException(
          NotificationProblems.SUBSCRIPTION_DELETED,
          "Webhook subscription " + subscription.id() + " was deleted; nothing is sent to it.");
    }
    if (subscription != null && !subscription.isActive()) {
      throw new ProblemException(
          NotificationProblems.SUBSCRIPTION_PAUSED,
          "Webhook subscription "
              + subscription.id()
              + " is paused; resume it first (its held deliveries then go out too).");
    }
    delivery.retryManually(clock.instant());
    LOG.infof("delivery %d retried by %s", deliveryId, caller.actor());
    dispatch.request();
    return delivery(delivery);
  }

  @Override
  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  public DeliverySummary summary(Caller caller) {
    requireManager(caller);
    return new DeliverySummary(
        deliveries.countByStatus(),
        deliveries.oldestWaitingSince().orElse(null),
        outbox.countNotFannedOut());
  }

  /** Maps a delivery read in this transaction, with every attempt. */
  private DeliveryView delivery(Delivery delivery) {
    return Views.delivery(
        delivery,
        delivery.event().id(),
        delivery.event().subject(),
        deliveries.attemptsOf(delivery.id()));
  }
}
