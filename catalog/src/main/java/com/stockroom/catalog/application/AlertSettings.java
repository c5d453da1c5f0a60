package com.stockroom.catalog.application;

import com.stockroom.catalog.domain.AlertThresholds;

/**
 * A SKU's low-stock thresholds as the API shows them: {@code quantity} (alert below it) and {@code
 * critical} (critical below it); either may be null.
 */
public record AlertSettings(Integer quantity, Integer critical) {
  static AlertSettings of(AlertThresholds thresholds) {
    return new AlertSettings(thresholds.alert(), thresholds.critical());
  }
}
