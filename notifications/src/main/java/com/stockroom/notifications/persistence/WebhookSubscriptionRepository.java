package com.stockroom.notifications.persistence;

import com.stockroom.notifications.api.WebhookStatus;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.util.List;
import java.util.Optional;

/** Webhook subscriptions on the primary. */
@ApplicationScoped
public class WebhookSubscriptionRepository {

  @PersistenceContext(unitName = "notifications")
  EntityManager em;

  public void add(WebhookSubscription subscription) {
    em.persist(subscription);
  }

  public Optional<WebhookSubscription> find(long id) {
    return Optional.ofNullable(em.find(WebhookSubscription.class, id));
  }

  /** Locks the row for a change that must not race (dead streak, pause, delete). */
  public Optional<WebhookSubscription> lock(long id) {
    if (!Locks.lockRow(em, "webhook_subscription", id)) {
      return Optional.empty();
    }
    return Optional.ofNullable(Locks.readLocked(em, WebhookSubscription.class, id));
  }

  /** Every subscription not deleted that names the type, paused ones too (theirs wait). */
  public List<WebhookSubscription> subscribedTo(String eventType) {
    return em.createQuery(
            "select distinct s from WebhookSubscription s join s.eventTypes t"
                + " where t = :type and s.deletedAt is null order by s.id",
            WebhookSubscription.class)
        .setParameter("type", eventType)
        .getResultList();
  }

  public List<WebhookSubscription> list(WebhookStatus status, int offset, int limit) {
    TypedQuery<WebhookSubscription> query =
        em.createQuery(
            "select s from WebhookSubscription s where s.deletedAt is null"
                + (status == null ? "" : " and s.status = :status")
                + " order by s.id",
            WebhookSubscription.class);
    if (status != null) {
      query.setParameter("status", status);
    }
    return query.setFirstResult(offset).setMaxResults(limit).getResultList();
  }

  public long count(WebhookStatus status) {
    TypedQuery<Long> query =
        em.createQuery(
            "select count(s) from WebhookSubscription s where s.deletedAt is null"
                + (status == null ? "" : " and s.status = :status"),
            Long.class);
    if (status != null) {
      query.setParameter("status", status);
    }
    return query.getSingleResult();
  }
}
