package com.stockroom.catalog.api;

import java.time.Instant;

/**
 * A SKU whose low-stock alert is tripped.
 *
 * @param available units available to sell
 * @param level {@code LOW} or {@code CRITICAL}
 * @param since when it tripped at that level
 */
public record TrippedAlert(
    String sku,
    String name,
    String brand,
    int available,
    Integer alertThreshold,
    Integer criticalThreshold,
    String level,
    Instant since) {}
