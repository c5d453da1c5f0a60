package com.stockroom.catalog.application;

import com.stockroom.catalog.domain.AlertCrossing;
import com.stockroom.catalog.domain.AlertState;
import com.stockroom.catalog.domain.MovementReason;
import com.stockroom.catalog.domain.StockLevel;
import com.stockroom.catalog.domain.Times;
import com.stockroom.catalog.persistence.LockedSku;
import com.stockroom.catalog.persistence.StockMovement;
import com.stockroom.catalog.persistence.StockRepository;
import com.stockroom.common.persistence.LockTimeouts;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeSet;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The one way stock changes. Every change of on hand or reserved goes through {@link #move}: under
 * the SKU's row lock, it updates the row, appends a ledger row, decides what the change means for
 * the SKU's alerts (and publishes them in the same transaction), and marks the product changed for
 * the caches. Callers run inside a transaction and lock first with {@link #lock}.
 */
@ApplicationScoped
public class StockLedger {

  @PersistenceContext(unitName = "catalog")
  EntityManager em;

  @Inject StockRepository stock;

  @Inject CatalogMetrics metrics;

  @Inject AlertPublisher alerts;

  @Inject CatalogChanges changes;

  @Inject
  @ConfigProperty(name = "stockroom.catalog.lock-timeout-millis", defaultValue = "2000")
  long lockTimeoutMillis;

  /**
   * Locks the SKUs in ascending id order, waiting at most the configured lock timeout.
   *
   * @return the locked SKUs by id, in id order
   */
  public Map<Long, LockedSku> lock(Collection<Long> skuIds) {
    TreeSet<Long> ascending = new TreeSet<>(skuIds);
    Map<Long, LockedSku> locked = new LinkedHashMap<>();
    metrics
        .lockingStock(
            () ->
                LockTimeouts.within(
                    em,
                    Duration.ofMillis(lockTimeoutMillis),
                    StockRepository.BUSY,
                    () -> stock.lock(ascending)))
        .forEach(sku -> locked.put(sku.id(), sku));
    return locked;
  }

  /**
   * Moves a locked SKU's stock by {@code delta} on hand and {@code reservedDelta} held. The caller
   * has checked {@link StockLevel#allows}; the database constraints stand behind it.
   */
  public StockMovement move(
      LockedSku sku,
      int delta,
      int reservedDelta,
      MovementReason reason,
      String reference,
      String note,
      String actor) {
    Instant now = Times.now();
    StockLevel before = sku.level();
    StockLevel after = before.after(delta, reservedDelta);
    AlertCrossing crossing =
        AlertCrossing.of(
            sku.alert().level(), before.available(), after.available(), sku.thresholds());
    StockMovement movement =
        stock.apply(
            sku,
            new StockMovement(
                sku.id(), delta, reservedDelta, reason, reference, note, actor, after, now),
            sku.alert().after(crossing, now));
    alerts.publish(crossing, sku, now);
    changes.product(sku.productId());
    return movement;
  }

  /**
   * Brings a locked SKU's alert in line with its thresholds as they are now (they were just set or
   * changed): a threshold raised above the stock publishes an alert.
   */
  public void thresholdsChanged(LockedSku sku) {
    Instant now = Times.now();
    int available = sku.level().available();
    AlertCrossing crossing =
        AlertCrossing.of(sku.alert().level(), available, available, sku.thresholds());
    AlertState next = sku.alert().after(crossing, now);
    if (!next.equals(sku.alert())) {
      stock.storeAlert(sku, next);
    }
    alerts.publish(crossing, sku, now);
    changes.product(sku.productId());
  }
}
