package com.stockroom.notifications.persistence;

import jakarta.persistence.EntityManager;

/**
 * Row-lock waits end after a bound (PostgreSQL ignores the JPA lock-timeout hint, so the
 * transaction sets {@code lock_timeout} itself); a lock not had in time fails as 503 with
 * Retry-After rather than holding a request until the transaction timeout.
 */
final class Locks {

  private Locks() {}

  static void boundWait(EntityManager em) {
    em.createNativeQuery("SELECT set_config('lock_timeout', '5s', true)").getSingleResult();
  }
}
