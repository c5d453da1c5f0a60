package com.stockroom.notifications.persistence;

import com.stockroom.common.paging.PageRequest;
import com.stockroom.notifications.api.DeliveryQuery;
import com.stockroom.notifications.api.DeliveryStatus;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.Instant;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Deliveries and their attempts. The dispatcher's reads and every write use the primary; the
 * delivery log's searches read the replica.
 */
@ApplicationScoped
public class DeliveryRepository {

  @PersistenceContext(unitName = "notifications")
  EntityManager em;

  @PersistenceContext(unitName = "notifications-replica")
  EntityManager replica;

  public void add(Delivery delivery) {
    em.persist(delivery);
  }

  public void add(DeliveryAttempt attempt) {
    em.persist(attempt);
  }

  public Optional<Delivery> find(long id) {
    return Optional.ofNullable(em.find(Delivery.class, id));
  }

  public Optional<Delivery> lock(long id) {
    if (!Locks.lockRow(em, "delivery", id)) {
      return Optional.empty();
    }
    return Optional.ofNullable(Locks.readLocked(em, Delivery.class, id));
  }

  /**
   * Locks the deliveries with these ids (in id order, so two callers never wait on each other in a
   * circle) and reads them, in a transaction that has not read them before: what is read is then
   * what is locked.
   *
   * @return the deliveries that exist, by id
   */
  public Map<Long, Delivery> lockAll(Collection<Long> ids) {
    if (ids.isEmpty()) {
      return Map.of();
    }
    Locks.boundWait(em);
    em.createNativeQuery(
            "SELECT id FROM notifications.delivery WHERE id IN (?1) ORDER BY id FOR NO KEY UPDATE")
        .setParameter(1, ids)
        .getResultList();
    Map<Long, Delivery> locked = new HashMap<>();
    em.createQuery("select d from Delivery d where d.id in :ids", Delivery.class)
        .setParameter("ids", ids)
        .getResultList()
        .forEach(delivery -> locked.put(delivery.id(), delivery));
    return locked;
  }

  /**
   * Locks up to {@code max} deliveries due now, most overdue first, skipping rows another node
   * holds and deliveries of subscriptions that are paused or deleted (they wait).
   *
   * <p>The subscriptions that hold their deliveries back are a hashed list filtered along the
   * {@code delivery_due} index, which the scan then reads in due order and stops at {@code max}.
   * Written as {@code NOT EXISTS}, PostgreSQL planned an anti-join of every waiting delivery and
   * sorted them all: 16 ms a claim with 20 000 e-mails waiting (the order benchmark).
   */
  @SuppressWarnings("unchecked")
  public List<Delivery> lockDue(int max, Instant now) {
    return em.createNativeQuery(
            "SELECT d.* FROM notifications.delivery d"
                + " WHERE d.status IN ('PENDING', 'RETRYING') AND d.due_at <= ?1"
                + " AND (d.subscription_id IS NULL OR d.subscription_id NOT IN"
                + "   (SELECT s.id FROM notifications.webhook_subscription s"
                + "   WHERE s.status <> 'ACTIVE' OR s.deleted_at IS NOT NULL))"
                + " ORDER BY d.due_at LIMIT ?2 FOR UPDATE OF d SKIP LOCKED",
            Delivery.class)
        .setParameter(1, now)
        .setParameter(2, max)
        .getResultList();
  }

  /** Deliveries of a subscription that have not ended, locked (the subscription is deleted). */
  @SuppressWarnings("unchecked")
  public List<Delivery> lockWaitingFor(long subscriptionId) {
    Locks.boundWait(em);
    return em.createNativeQuery(
            "SELECT * FROM notifications.delivery WHERE subscription_id = ?1"
                + " AND status IN ('PENDING', 'RETRYING') ORDER BY id FOR NO KEY UPDATE",
            Delivery.class)
        .setParameter(1, subscriptionId)
        .getResultList();
  }

  public List<DeliveryAttempt> attemptsOf(long deliveryId) {
    return em.createQuery(
            "select a from DeliveryAttempt a where a.delivery.id = :id order by a.number",
            DeliveryAttempt.class)
        .setParameter("id", deliveryId)
        .getResultList();
  }

  /**
   * One page of the log, newest first, read from the replica (outside any transaction, so the
   * event's id and subject come with each row rather than through its lazy association).
   */
  public List<LoggedDelivery> search(DeliveryQuery query, PageRequest page) {
    TypedQuery<Object[]> select =
        replica.createQuery(
            "select d, e.id, e.subject from Delivery d join d.event e"
                + where(query)
                + " order by d.createdAt desc, d.id desc",
            Object[].class);
    bind(select, query);
    return select.setFirstResult(page.offset()).setMaxResults(page.size()).getResultList().stream()
        .map(row -> new LoggedDelivery((Delivery) row[0], (UUID) row[1], (String) row[2]))
        .toList();
  }

  /** A delivery with what the log shows of its event. */
  public record LoggedDelivery(Delivery delivery, UUID eventId, String eventSubject) {}

  public long count(DeliveryQuery query) {
    TypedQuery<Long> count =
        replica.createQuery(
            "select count(d) from Delivery d join d.event e" + where(query), Long.class);
    bind(count, query);
    return count.getSingleResult();
  }

  public Map<DeliveryStatus, Long> countByStatus() {
    Map<DeliveryStatus, Long> counts = new EnumMap<>(DeliveryStatus.class);
    for (DeliveryStatus status : DeliveryStatus.values()) {
      counts.put(status, 0L);
    }
    replica
        .createQuery("select d.status, count(d) from Delivery d group by d.status", Object[].class)
        .getResultList()
        .forEach(row -> counts.put((DeliveryStatus) row[0], (Long) row[1]));
    return counts;
  }

  public Optional<Instant> oldestWaitingSince() {
    return Optional.ofNullable(
        replica
            .createQuery(
                "select min(d.createdAt) from Delivery d where d.status in :waiting", Instant.class)
            .setParameter("waiting", List.of(DeliveryStatus.PENDING, DeliveryStatus.RETRYING))
            .getSingleResult());
  }

  private static String where(DeliveryQuery query) {
    StringBuilder where = new StringBuilder(" where 1 = 1");
    if (query.status() != null) {
      where.append(" and d.status = :status");
    }
    if (query.eventType() != null) {
      where.append(" and d.eventType = :type");
    }
    if (query.recipient() != null) {
      where.append(" and lower(d.recipient) like :recipient escape '!'");
    }
    if (query.channel() != null) {
      where.append(" and d.channel = :channel");
    }
    if (query.eventId() != null) {
      where.append(" and e.id = :eventId");
    }
    if (query.subscriptionId() != null) {
      where.append(" and d.subscriptionId = :subscription");
    }
    return where.toString();
  }

  private static void bind(TypedQuery<?> select, DeliveryQuery query) {
    if (query.status() != null) {
      select.setParameter("status", query.status());
    }
    if (query.eventType() != null) {
      select.setParameter("type", query.eventType());
    }
    if (query.recipient() != null) {
      String escaped =
          query
              .recipient()
              .toLowerCase(Locale.ROOT)
              .replace("!", "!!")
              .replace("%", "!%")
              .replace("_", "!_");
      select.setParameter("recipient", "%" + escaped + "%");
    }
    if (query.channel() != null) {
      select.setParameter("channel", query.channel());
    }
    if (query.eventId() != null) {
      select.setParameter("eventId", query.eventId());
    }
    if (query.subscriptionId() != null) {
      select.setParameter("subscription", query.subscriptionId());
    }
  }
}
