package com.stockroom.orders.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The reservation job queue. Claims are leases: {@code FOR UPDATE SKIP LOCKED} lets any number of
 * nodes claim at once without waiting for each other, and a lease that runs out (its node died
 * mid-call) makes the job claimable again. Times are the database's clock.
 */
@ApplicationScoped
public class ReservationJobRepository {

  @PersistenceContext(unitName = "orders")
  EntityManager em;

  public void insert(ReservationJob job) {
    em.persist(job);
  }

  /** Claims up to {@code limit} due jobs for {@code node} for {@code lease}. */
  public List<JobClaim> claimDue(String node, Duration lease, int limit) {
    String token = UUID.randomUUID().toString();
    List<?> rows =
        em.createNativeQuery(
                "UPDATE orders.reservation_job j SET claimed_by = :node, claim_token = :token,"
                    + " claimed_until = now() + make_interval(secs => :lease),"
                    + " attempts = j.attempts + 1, updated_at = now()"
                    + " WHERE j.id IN (SELECT id FROM orders.reservation_job"
                    + " WHERE state = 'PENDING' AND next_attempt_at <= now()"
                    + " AND (claimed_until IS NULL OR claimed_until < now())"
                    + " ORDER BY next_attempt_at, id LIMIT :limit FOR UPDATE SKIP LOCKED)"
                    + " RETURNING j.id, j.sku, j.quantity, j.attempts")
            .setParameter("node", node)
            .setParameter("token", token)
            .setParameter("lease", (double) lease.toMillis() / 1000)
            .setParameter("limit", limit)
            .getResultList();
    List<JobClaim> claims = new ArrayList<>();
    for (Object row : rows) {
      Object[] columns = (Object[]) row;
      claims.add(
          new JobClaim(
              ((Number) columns[0]).longValue(),
              token,
              (String) columns[1],
              ((Number) columns[2]).intValue(),
              ((Number) columns[3]).intValue()));
    }
    return claims;
  }

  /**
   * Gives back every claim {@code node} holds: called when the node starts, since claims of its
   * previous run died with it and need not wait for their leases to run out.
   */
  public int releaseClaimsOf(String node) {
    return em.createNativeQuery(
            "UPDATE orders.reservation_job SET claimed_by = NULL, claim_token = NULL,"
                + " claimed_until = NULL, updated_at = now()"
                + " WHERE claimed_by = :node AND state = 'PENDING'")
        .setParameter("node", node)
        .executeUpdate();
  }

  /** The job, locked so that recording its outcome cannot race a takeover. */
  public Optional<ReservationJob> lock(long id) {
    return Optional.ofNullable(em.find(ReservationJob.class, id, LockModeType.PESSIMISTIC_WRITE));
  }

  /** The pending jobs asking for this cart item, locked. */
  public List<ReservationJob> pendingFor(long cartItemId) {
    return em.createQuery(
            "select j from ReservationJob j where j.cartItemId = :item"
                + " and j.state = :pending order by j.id",
            ReservationJob.class)
        .setParameter("item", cartItemId)
        .setParameter("pending", ReservationJob.State.PENDING)
        .setLockMode(LockModeType.PESSIMISTIC_WRITE)
        .getResultList();
  }
}
