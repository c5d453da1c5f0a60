package com.stockroom.catalog.application;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Tags;
import io.micrometer.core.instrument.Timer;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.function.Supplier;

/**
 * The catalog's business metrics, served with the server's own at the management port's {@code
 * /metrics}: how long stock changes wait for their row locks, and how often listing pages and
 * product details come from the cache. Meters are made through the registry's own methods: the
 * server's per-application registry exports only those, not meters made with builders.
 */
@ApplicationScoped
public class CatalogMetrics {

  @Inject MeterRegistry meters;

  private Timer stockLockWait;
  private Counter cacheHits;
  private Counter cacheMisses;

  @PostConstruct
  void register() {
    stockLockWait = meters.timer("stockroom.stock.lock.wait");
    cacheHits = meters.counter("stockroom.catalog.cache.requests", "result", "hit");
    cacheMisses = meters.counter("stockroom.catalog.cache.requests", "result", "miss");
    meters.gauge("stockroom.catalog.cache.hit.ratio", Tags.empty(), this, CatalogMetrics::hitRatio);
  }

  /** Runs {@code locking} (which takes stock row locks) and records how long it took. */
  <T> T lockingStock(Supplier<T> locking) {
    return stockLockWait.record(locking);
  }

  void cacheLookup(boolean hit) {
    (hit ? cacheHits : cacheMisses).increment();
  }

  /** Share of lookups answered from the cache since the node started (NaN before the first). */
  private double hitRatio() {
    double hits = cacheHits.count();
    double total = hits + cacheMisses.count();
    return total == 0 ? Double.NaN : hits / total;
  }
}
