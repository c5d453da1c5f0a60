package com.stockroom.catalog.application;

import com.stockroom.common.persistence.Caches;
import com.stockroom.common.persistence.CompareAndSet;
import com.stockroom.common.persistence.EpochMicros;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.infinispan.Cache;

/**
 * Rendered listing pages and product details ({@link Representation}s) in each node's local cache,
 * found through version counters in a replicated cache. A change bumps the counters after its
 * commit; from then on every node looks for new keys, so stale entries are never read again and age
 * out.
 *
 * <p>A version is the time of the change in microseconds (made strictly increasing), which also
 * says how current a replica must be before its answer may be cached under that version.
 */
@ApplicationScoped
public class CatalogCache {

  /** Everything a listing shows: any product, SKU, price, stock, brand or category change. */
  static final String LISTING = "listing";

  /** Brand and category names, which product details show. */
  static final String TAXONOMY = "taxonomy";

  @Inject CatalogMetrics metrics;

  @Resource(lookup = "java:jboss/infinispan/cache/stockroom/catalog-pages")
  Cache<String, Representation> injectedPages;

  @Resource(lookup = "java:jboss/infinispan/cache/stockroom/catalog-versions")
  Cache<String, Long> injectedVersions;

  private Cache<String, Representation> pages;

  private Cache<String, Long> versions;

  @PostConstruct
  void resolveCaches() {
    pages = Caches.resolve(injectedPages);
    versions = Caches.resolve(injectedVersions);
  }

  static String productVersionKey(long productId) {
    return "product:" + productId;
  }

  /**
   * The current version under {@code key}. A key never bumped starts at the time of first use, so a
   * replica must have caught up with the start of the cache before it is trusted.
   */
  long version(String key) {
    Long version = versions.get(key);
    if (version != null) {
      return version;
    }
    Long raced = versions.putIfAbsent(key, EpochMicros.now());
    return raced != null ? raced : versions.get(key);
  }

  /** Moves {@code key} to a new version no lower than now and higher than any before. */
  void bump(String key) {
    CompareAndSet.update(versions, key, current -> Math.max(EpochMicros.now(), current + 1));
  }

  Representation page(String key) {
    Representation page = pages.get(key);
    metrics.cacheLookup(page != null);
    return page;
  }

  void putPage(String key, Representation page) {
    pages.put(key, page);
  }
}
