package com.stockroom.catalog.persistence;

import java.time.Instant;

/** A SKU's stock as staff and brands read it. */
public record StockRow(
    long skuId,
    String sku,
    long productId,
    String productName,
    long brandId,
    int onHand,
    int reserved,
    Integer alertThreshold,
    Integer criticalThreshold,
    int alertLevel,
    Instant alertSince,
    Instant deletedAt) {

  public int available() {
    return onHand - reserved;
  }
}
