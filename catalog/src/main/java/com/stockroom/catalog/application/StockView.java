package com.stockroom.catalog.application;

import com.stockroom.catalog.domain.AlertLevel;
import com.stockroom.catalog.domain.AlertThresholds;
import com.stockroom.catalog.persistence.StockRow;
import java.time.Instant;

/**
 * A SKU's live stock.
 *
 * @param alertLevel {@code NONE}, {@code LOW} or {@code CRITICAL}
 * @param alertSince since when the alert has been tripped at that level
 */
public record StockView(
    String sku,
    String productId,
    String productName,
    String brandId,
    int onHand,
    int reserved,
    int available,
    AlertSettings alert,
    String alertLevel,
    Instant alertSince,
    Instant deletedAt) {

  static StockView of(StockRow row) {
    return new StockView(
        row.sku(),
        Long.toString(row.productId()),
        row.productName(),
        Long.toString(row.brandId()),
        row.onHand(),
        row.reserved(),
        row.available(),
        AlertSettings.of(new AlertThresholds(row.alertThreshold(), row.criticalThreshold())),
        AlertLevel.ofCode(row.alertLevel()).name(),
        row.alertSince(),
        row.deletedAt());
  }
}
