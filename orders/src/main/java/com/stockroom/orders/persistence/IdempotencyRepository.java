package com.stockroom.orders.persistence;

import com.stockroom.common.persistence.LockTimeouts;
import com.stockroom.common.problem.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.hibernate.FlushMode;
import org.hibernate.query.NativeQuery;

/**
 * Idempotency keys by customer. The primary key (customer, key) decides races: an insert that meets
 * a concurrent, uncommitted insert of the same key waits for that transaction; if it commits, the
 * insert does nothing and the stored response is read, if it rolls back, the insert wins.
 */
@ApplicationScoped
public class IdempotencyRepository {

  @PersistenceContext(unitName = "orders")
  EntityManager em;

  /**
   * Claims the key for the current transaction.
   *
   * @param wait how long to wait for a concurrent request with the same key to finish
   * @return {@code true} when this transaction now owns the key, {@code false} when it was taken
   * @throws ProblemException 503 with {@code Retry-After} when the concurrent request outlasts
   *     {@code wait}
   */
  public boolean claim(long customerId, String key, String fingerprint, Instant at, Duration wait) {
    return LockTimeouts.within(
        em,
        wait,
        "A request with this Idempotency-Key is still being processed. Retry shortly with the"
            + " same key.",
        () ->
            em.createNativeQuery(
                        "INSERT INTO orders.idempotency_key"
                            + " (customer_id, request_key, fingerprint, created_at)"
                            + " VALUES (:customer, :key, :fingerprint, :at)"
                            + " ON CONFLICT (customer_id, request_key) DO NOTHING")
                    .setParameter("customer", customerId)
                    .setParameter("key", key)
                    .setParameter("fingerprint", fingerprint)
                    .setParameter("at", at)
                    .executeUpdate()
                == 1);
  }

  public Optional<StoredKey> find(long customerId, String key) {
    List<?> rows =
        em.createNativeQuery(
                "SELECT fingerprint, response_status, response_body, response_location"
                    + " FROM orders.idempotency_key WHERE customer_id = :customer"
                    + " AND request_key = :key")
            .setParameter("customer", customerId)
            .setParameter("key", key)
            .getResultList();
    if (rows.isEmpty()) {
      return Optional.empty();
    }
    Object[] row = (Object[]) rows.get(0);
    return Optional.of(
        new StoredKey(
            (String) row[0],
            row[1] == null ? null : ((Number) row[1]).intValue(),
            (String) row[2],
            (String) row[3]));
  }

  /** Stores the response of the request that claimed the key in this transaction. */
  public void complete(long customerId, String key, int status, String body, String location) {
    int updated =
        em.createNativeQuery(
                "UPDATE orders.idempotency_key SET response_status = :status,"
                    + " response_body = :body, response_location = :location"
                    + " WHERE customer_id = :customer AND request_key = :key")
            .unwrap(NativeQuery.class)
            // No entity maps the keys: the update needs no flush of the order's entities. The
            // space alone does not spare it (Hibernate cascades and dirty-checks every entity
            // before it compares spaces); the flush mode does.
            .addSynchronizedQuerySpace("orders.idempotency_key")
            .setHibernateFlushMode(FlushMode.COMMIT)
            .setParameter("status", status)
            .setParameter("body", body)
            .setParameter("location", location)
            .setParameter("customer", customerId)
            .setParameter("key", key)
            .executeUpdate();
    if (updated != 1) {
      throw new IllegalStateException("idempotency key not claimed by this transaction");
    }
  }

  /**
   * Stores a refusal under the key unless the key exists by now (a duplicate ran meanwhile).
   *
   * @return whether the refusal was stored
   */
  public boolean storeRefusal(
      long customerId, String key, String fingerprint, int status, String body, Instant at) {
    return em.createNativeQuery(
                "INSERT INTO orders.idempotency_key (customer_id, request_key, fingerprint,"
                    + " response_status, response_body, created_at)"
                    + " VALUES (:customer, :key, :fingerprint, :status, :body, :at)"
                    + " ON CONFLICT (customer_id, request_key) DO NOTHING")
            .setParameter("customer", customerId)
            .setParameter("key", key)
            .setParameter("fingerprint", fingerprint)
            .setParameter("status", status)
            .setParameter("body", body)
            .setParameter("at", at)
            .executeUpdate()
        == 1;
  }

  /** Deletes up to {@code limit} keys created before {@code cutoff}; returns how many. */
  public int purgeCreatedBefore(Instant cutoff, int limit) {
    return em.createNativeQuery(
            "DELETE FROM orders.idempotency_key WHERE ctid IN (SELECT ctid FROM"
                + " orders.idempotency_key WHERE created_at < :cutoff LIMIT :limit)")
        .setParameter("cutoff", cutoff)
        .setParameter("limit", limit)
        .executeUpdate();
  }
}
