package com.stockroom.orders.persistence;

import com.stockroom.orders.domain.FeedPosition;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.hibernate.FlushMode;
import org.hibernate.query.NativeQuery;

/**
 * The live order feed's table. Appends happen inside the changing transaction; reads only see
 * events of transactions older than every transaction still running ({@code pg_snapshot_xmin}), so
 * an event can never appear later below a position a reader has already passed.
 */
@ApplicationScoped
public class FeedRepository {

  private static final String SETTLED = "tx < pg_snapshot_xmin(pg_current_snapshot())";

  @PersistenceContext(unitName = "orders")
  EntityManager em;

  public void append(long orderId, long customerId, String type, String payload) {
    em.createNativeQuery(
            "INSERT INTO orders.order_event (order_id, customer_id, type, payload)"
                + " VALUES (:order, :customer, :type, :payload)")
        .unwrap(NativeQuery.class)
        // No entity maps the feed, and the order's row is inserted when it is persisted: the
        // insert needs no flush of the entities the transaction holds. Naming the table alone
        // does not spare it (Hibernate cascades and dirty-checks every entity before it compares
        // the spaces; 7 % of an order's request CPU in the JFR); the flush mode does.
        .addSynchronizedQuerySpace("orders.order_event")
        .setHibernateFlushMode(FlushMode.COMMIT)
        .setParameter("order", orderId)
        .setParameter("customer", customerId)
        .setParameter("type", type)
        .setParameter("payload", payload)
        .executeUpdate();
  }

  /**
   * Settled events after {@code from}, in feed order.
   *
   * @param customerId only this customer's events, or every event when {@code null}
   */
  public List<FeedEvent> after(FeedPosition from, Long customerId, int limit) {
    Query query =
        em.createNativeQuery(
                "SELECT tx::text, id, order_id, customer_id, type, payload FROM orders.order_event"
                    + " WHERE "
                    + SETTLED
                    + " AND (tx, id) > (CAST(:tx AS xid8), :id)"
                    + (customerId == null ? "" : " AND customer_id = :customer")
                    + " ORDER BY tx, id LIMIT :limit")
            .setParameter("tx", Long.toString(from.transaction()))
            .setParameter("id", from.event())
            .setParameter("limit", limit);
    if (customerId != null) {
      query.setParameter("customer", customerId);
    }
    List<FeedEvent> events = new ArrayList<>();
    for (Object row : query.getResultList()) {
      Object[] columns = (Object[]) row;
      events.add(
          new FeedEvent(
              new FeedPosition(
                  Long.parseLong((String) columns[0]), ((Number) columns[1]).longValue()),
              ((Number) columns[2]).longValue(),
              ((Number) columns[3]).longValue(),
              (String) columns[4],
              (String) columns[5]));
    }
    return events;
  }

  /** The position of the newest settled event: a new reader starts after it. */
  public FeedPosition head() {
    List<?> rows =
        em.createNativeQuery(
                "SELECT tx::text, id FROM orders.order_event WHERE "
                    + SETTLED
                    + " ORDER BY tx DESC, id DESC LIMIT 1")
            .getResultList();
    if (rows.isEmpty()) {
      return FeedPosition.START;
    }
    Object[] row = (Object[]) rows.get(0);
    return new FeedPosition(Long.parseLong((String) row[0]), ((Number) row[1]).longValue());
  }

  /** Deletes up to {@code limit} events written before {@code cutoff}; returns how many. */
  public int purgeCreatedBefore(Instant cutoff, int limit) {
    return em.createNativeQuery(
            "DELETE FROM orders.order_event WHERE id IN (SELECT id FROM orders.order_event"
                + " WHERE created_at < :cutoff ORDER BY id LIMIT :limit)")
        .setParameter("cutoff", cutoff)
        .setParameter("limit", limit)
        .executeUpdate();
  }
}
