package com.stockroom.common.persistence;

import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;

/** Work that must follow a commit, and must not happen when the transaction rolls back. */
public final class AfterCommit {

  private AfterCommit() {}

  /**
   * Runs {@code action} once the current transaction has committed; later calls with an equal
   * {@code key} in the same transaction add nothing.
   *
   * @param registry the transaction's registry; a transaction must be active
   */
  public static void once(
      TransactionSynchronizationRegistry registry, Object key, Runnable action) {
    if (registry.getResource(key) != null) {
      return;
    }
    registry.putResource(key, Boolean.TRUE);
    registry.registerInterposedSynchronization(
        new Synchronization() {
          @Override
          public void beforeCompletion() {}

          @Override
          public void afterCompletion(int status) {
            if (status == Status.STATUS_COMMITTED) {
              action.run();
            }
          }
        });
  }
}
