package com.stockroom.common.persistence;

import com.stockroom.common.problem.ProblemException;
import com.stockroom.common.problem.ProblemType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceException;
import java.sql.SQLException;
import java.time.Duration;
import java.util.function.Supplier;

/**
 * Lock waits with a bound. PostgreSQL ignores JPA's lock timeout hint, so the bound is its own
 * {@code lock_timeout}, set for the waiting statement only and restored after it: the rest of the
 * caller's transaction keeps its own setting.
 */
public final class LockTimeouts {

  /** lock_not_available: lock_timeout or NOWAIT. */
  private static final String LOCK_NOT_AVAILABLE = "55P03";

  private LockTimeouts() {}

  /**
   * Runs {@code waiting} with {@code lock_timeout} set to {@code limit}.
   *
   * @param busy the problem's detail when the wait hits the limit
   * @throws ProblemException 503 with {@code Retry-After} when the wait hit the limit
   */
  public static <T> T within(EntityManager em, Duration limit, String busy, Supplier<T> waiting) {
    Object previous =
        ((Object[])
                em.createNativeQuery(
                        "SELECT current_setting('lock_timeout'),"
                            + " set_config('lock_timeout', :limit, true)")
                    .setParameter("limit", limit.toMillis() + "ms")
                    .getSingleResult())
            [0];
    T result;
    try {
      result = waiting.get();
    } catch (PersistenceException e) {
      if (isLockTimeout(e)) {
        throw ProblemException.retryLater(ProblemType.LOCK_TIMEOUT, busy, 1);
      }
      throw e;
    }
    em.createNativeQuery("SELECT set_config('lock_timeout', :previous, true)")
        .setParameter("previous", previous)
        .getSingleResult();
    return result;
  }

  private static boolean isLockTimeout(Throwable failure) {
    for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
      if (cause instanceof SQLException sql && LOCK_NOT_AVAILABLE.equals(sql.getSQLState())) {
        return true;
      }
    }
    return false;
  }
}
