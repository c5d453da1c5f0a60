package com.stockroom.catalog.api;

import java.time.Instant;

/**
 * One line of a SKU's stock ledger.
 *
 * @param delta the change of units on hand
 * @param reservedDelta the change of units held for carts
 * @param actor who moved it ({@code user:42}, {@code system})
 */
public record LedgerEntry(
    String id,
    String sku,
    int delta,
    int reservedDelta,
    String reason,
    String reference,
    String note,
    String actor,
    int balanceAfter,
    int reservedAfter,
    Instant createdAt) {}
