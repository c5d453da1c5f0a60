package com.stockroom.common.persistence;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Status;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.util.function.Function;
import org.jboss.logging.Logger;

/**
 * Sends a read to a module's replica persistence unit when that is safe, else to the primary one.
 * The replica serves a read only when all of these hold:
 *
 * <ul>
 *   <li>no transaction is active (the data sources are not XA: one JTA transaction never spans
 *       both, and a write transaction must read what it wrote);
 *   <li>the {@link ReplicaMonitor} reaches it and it trails by less than the configured limits;
 *   <li>it shows every commit made before {@code freshAsOfMicros} (what the caller's data depends
 *       on, e.g. a cache's version time) and the user's own last commit ({@link ReadYourWrites}).
 * </ul>
 *
 * A replica read that fails (the replica went away since the last poll, a recovery conflict) is
 * retried once on the primary.
 */
@ApplicationScoped
public class ReadRouter {

  private static final Logger LOG = Logger.getLogger(ReadRouter.class);

  @Inject ReplicaMonitor monitor;

  @Inject ReadYourWrites writes;

  @Resource(lookup = "java:jboss/TransactionSynchronizationRegistry")
  TransactionSynchronizationRegistry registry;

  /**
   * @param user the reading user's id as text, or {@code null} for an anonymous read
   * @param freshAsOfMicros commits before this time must be visible (0: no requirement)
   */
  public ReadTarget route(String user, long freshAsOfMicros) {
    if (registry.getTransactionStatus() != Status.STATUS_NO_TRANSACTION) {
      return ReadTarget.PRIMARY;
    }
    ReplicaState state = monitor.state();
    long now = EpochMicros.now();
    if (!monitor.usable(state, now)) {
      return ReadTarget.PRIMARY;
    }
    long required = Math.max(freshAsOfMicros, writes.lastCommitMicros(user));
    return state.visibleUpToMicros() > required ? ReadTarget.REPLICA : ReadTarget.PRIMARY;
  }

  /** Runs {@code query} on the unit {@link #route} picks. */
  public <T> T read(
      EntityManager primary,
      EntityManager replica,
      String user,
      long freshAsOfMicros,
      Function<EntityManager, T> query) {
    if (route(user, freshAsOfMicros) == ReadTarget.PRIMARY) {
      return query.apply(primary);
    }
    try {
      return query.apply(replica);
    } catch (PersistenceException e) {
      LOG.debugf(e, "replica read failed, retrying on the primary");
      monitor.reportFailure(e);
      return query.apply(primary);
    }
  }
}
