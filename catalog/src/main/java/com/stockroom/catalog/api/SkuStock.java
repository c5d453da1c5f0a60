package com.stockroom.catalog.api;

import java.time.Instant;

/**
 * A SKU's live stock.
 *
 * @param available units on hand less those held for carts
 * @param alertThreshold alert below this many available units, or {@code null}
 * @param criticalThreshold critical below this many, or {@code null}
 * @param alertLevel {@code NONE}, {@code LOW} or {@code CRITICAL}
 */
public record SkuStock(
    String sku,
    String productId,
    String productName,
    String brandId,
    int onHand,
    int reserved,
    int available,
    Integer alertThreshold,
    Integer criticalThreshold,
    String alertLevel,
    Instant alertSince) {}
