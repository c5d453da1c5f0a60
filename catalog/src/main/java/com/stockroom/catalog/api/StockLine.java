package com.stockroom.catalog.api;

import java.util.Objects;

/** A quantity of one SKU. */
public record StockLine(String sku, int quantity) {
  public StockLine {
    Objects.requireNonNull(sku, "sku");
  }
}
