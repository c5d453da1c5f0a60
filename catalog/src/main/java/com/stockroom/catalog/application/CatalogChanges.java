package com.stockroom.catalog.application;

import com.stockroom.common.persistence.ReadYourWrites;
import com.stockroom.common.security.Caller;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.util.HashSet;
import java.util.Set;

/**
 * Collects what the current transaction changes in the catalog and, only if it commits, moves the
 * cache versions on (so listings and details show the change at once, on every node) and remembers
 * the writer's commit (so they read it back even from a lagging replica).
 */
@ApplicationScoped
public class CatalogChanges {

  private static final Object KEY = CatalogChanges.class.getName();

  @Resource(lookup = "java:jboss/TransactionSynchronizationRegistry")
  TransactionSynchronizationRegistry registry;

  @Inject CatalogCache cache;

  @Inject ReadYourWrites readYourWrites;

  /** A product, one of its SKUs, their prices or stock changed. */
  public void product(long productId) {
    pending().products.add(productId);
  }

  /** A brand or category changed (names shown in details and listings). */
  public void taxonomy() {
    pending().taxonomy = true;
  }

  /** The change is {@code caller}'s: their next reads must show it. */
  public void by(Caller caller) {
    readYourWrites.rememberCommitOf(Long.toString(caller.userId()));
  }

  private Pending pending() {
    if (registry.getTransactionStatus() != Status.STATUS_ACTIVE) {
      throw new IllegalStateException("catalog changes are recorded inside their transaction");
    }
    Pending pending = (Pending) registry.getResource(KEY);
    if (pending == null) {
      pending = new Pending();
      registry.putResource(KEY, pending);
      registry.registerInterposedSynchronization(pending);
    }
    return pending;
  }

  private final class Pending implements Synchronization {
    final Set<Long> products = new HashSet<>();
    boolean taxonomy;

    @Override
    public void beforeCompletion() {}

    @Override
    public void afterCompletion(int status) {
      if (status != Status.STATUS_COMMITTED) {
        return;
      }
      for (long product : products) {
        cache.bump(CatalogCache.productVersionKey(product));
      }
      if (taxonomy) {
        cache.bump(CatalogCache.TAXONOMY);
      }
      cache.bump(CatalogCache.LISTING);
    }
  }
}
