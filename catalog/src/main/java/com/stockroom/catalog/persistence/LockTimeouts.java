package com.stockroom.catalog.persistence;

import com.stockroom.common.problem.ProblemException;
import com.stockroom.common.problem.ProblemType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceException;
import java.sql.SQLException;
import java.util.function.Supplier;

/**
 * Row locks with a bound on the wait. PostgreSQL ignores JPA's lock timeout hint, so the limit is
 * PostgreSQL's own {@code lock_timeout}, set for the locking statement only and restored after it:
 * the rest of the caller's transaction keeps its own setting.
 */
public final class LockTimeouts {

  /** lock_not_available: lock_timeout or NOWAIT. */
  private static final String LOCK_NOT_AVAILABLE = "55P03";

  private LockTimeouts() {}

  /**
   * Runs {@code locking} with {@code lock_timeout} set to {@code millis}.
   *
   * @throws ProblemException 503 with {@code Retry-After} when a lock was not granted in time
   */
  public static <T> T within(EntityManager em, long millis, Supplier<T> locking) {
    Object[] settings =
        (Object[])
            em.createNativeQuery(
                    "SELECT current_setting('lock_timeout'), set_config('lock_timeout', :limit, true)")
                .setParameter("limit", millis + "ms")
                .getSingleResult();
    T result;
    try {
      result = locking.get();
    } catch (PersistenceException e) {
      if (isLockTimeout(e)) {
        throw ProblemException.retryLater(
            ProblemType.LOCK_TIMEOUT,
            "The stock rows are busy right now; nothing was changed. Retry shortly.",
            1);
      }
      throw e;
    }
    em.createNativeQuery("SELECT set_config('lock_timeout', :previous, true)")
        .setParameter("previous", settings[0])
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
