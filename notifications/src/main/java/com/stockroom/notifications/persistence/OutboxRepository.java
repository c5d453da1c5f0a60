package com.stockroom.notifications.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.UUID;

/** The outbox table. */
@ApplicationScoped
public class OutboxRepository {

  @PersistenceContext(unitName = "notifications")
  EntityManager em;

  @PersistenceContext(unitName = "notifications-replica")
  EntityManager replica;

  /**
   * Inserts now rather than at commit: a writer that takes row locks after publishing (an order
   * sells its stock last) then holds them for its own statements only, not for this insert too.
   */
  public void add(OutboxEvent event) {
    em.persist(event);
    em.flush();
  }

  /**
   * Reads these events into the persistence context in one statement, so that the deliveries that
   * refer to them find them there instead of reading them one by one.
   */
  public void load(List<UUID> ids) {
    if (!ids.isEmpty()) {
      em.createQuery("select e from OutboxEvent e where e.id in :ids", OutboxEvent.class)
          .setParameter("ids", ids)
          .getResultList();
    }
  }

  /**
   * Locks up to {@code max} events not yet fanned out, oldest first, skipping rows another node
   * holds: nodes fanning out at the same time take disjoint events.
   */
  @SuppressWarnings("unchecked")
  public List<OutboxEvent> lockNotFannedOut(int max) {
    return em.createNativeQuery(
            "SELECT * FROM notifications.outbox_event WHERE fanned_out_at IS NULL"
                + " ORDER BY occurred_at LIMIT ?1 FOR UPDATE SKIP LOCKED",
            OutboxEvent.class)
        .setParameter(1, max)
        .getResultList();
  }

  /**
   * Work waiting on the primary: events not yet fanned out plus deliveries pending or retrying
   * ({@code [0]}), and dead deliveries ({@code [1]}).
   */
  public long[] backlogAndDead() {
    Object[] counts =
        (Object[])
            em.createNativeQuery(
                    "SELECT (SELECT count(*) FROM notifications.outbox_event"
                        + " WHERE fanned_out_at IS NULL)"
                        + " + (SELECT count(*) FROM notifications.delivery"
                        + " WHERE status IN ('PENDING', 'RETRYING')),"
                        + " (SELECT count(*) FROM notifications.delivery WHERE status = 'DEAD')")
                .getSingleResult();
    return new long[] {((Number) counts[0]).longValue(), ((Number) counts[1]).longValue()};
  }

  /** Read from the replica: for the dashboard, not for decisions. */
  public long countNotFannedOut() {
    return replica
        .createQuery("select count(e) from OutboxEvent e where e.fannedOutAt is null", Long.class)
        .getSingleResult();
  }
}
