package com.stockroom.common.persistence;

import org.infinispan.AdvancedCache;
import org.infinispan.Cache;

/** The application's Infinispan caches as WildFly injects them, made cheap to call. */
public final class Caches {

  private Caches() {}

  /**
   * The cache behind an {@code @Resource}-injected one. WildFly injects a lazy proxy that looks the
   * cache up in its container on every call and, for a clustered cache, wraps it anew for the
   * caller's class loader; that lookup was most of a cached listing's cost (JFR, bench/README.md).
   * Resolve it once, in a {@code @PostConstruct} running in the deployment: the deployment depends
   * on the cache's service, so the cache outlives every bean that holds it.
   */
  public static <K, V> AdvancedCache<K, V> resolve(Cache<K, V> injected) {
    return injected.getAdvancedCache();
  }
}
