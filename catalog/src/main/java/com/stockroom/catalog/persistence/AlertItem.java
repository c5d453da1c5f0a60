package com.stockroom.catalog.persistence;

import java.time.Instant;

/** A SKU whose alert is tripped, as alert events and the alert list show it. */
public record AlertItem(
    long skuId,
    String sku,
    String name,
    long brandId,
    String brand,
    long priceAmount,
    String currency,
    int quantity,
    Integer alertThreshold,
    Integer criticalThreshold,
    int level,
    Instant since) {}
