package com.stockroom.notifications.persistence;

import jakarta.persistence.EntityManager;

/**
 * Row locks taken in SQL before the entity is read, so what is read is what is locked. (Asked to
 * lock while loading, Hibernate locks in a follow-on select with a version check, which fails when
 * another transaction changed the row in between: two deliveries of one subscription ending at once
 * would then lose one outcome.) Waits end after a bound (PostgreSQL ignores the JPA lock-timeout
 * hint); a lock not had in time fails as 503 with Retry-After.
 */
final class Locks {

  private Locks() {}

  /**
   * Locks the row of {@code table} with this id, if there is one.
   *
   * @return whether the row exists
   */
  static boolean lockRow(EntityManager em, String table, long id) {
    boundWait(em);
    return !em.createNativeQuery(
            "SELECT id FROM notifications." + table + " WHERE id = ?1 FOR NO KEY UPDATE")
        .setParameter(1, id)
        .getResultList()
        .isEmpty();
  }

  /** Reads a locked row's entity as it is now, even if this transaction read it before. */
  static <T> T readLocked(EntityManager em, Class<T> type, long id) {
    T entity = em.find(type, id);
    if (entity != null) {
      em.refresh(entity);
    }
    return entity;
  }

  static void boundWait(EntityManager em) {
    em.createNativeQuery("SELECT set_config('lock_timeout', '5s', true)").getSingleResult();
  }
}
