package com.stockroom.catalog.api;

/**
 * A stock movement staff post by hand.
 *
 * @param deltaQuantity units on hand added (positive) or removed (negative)
 * @param reason {@code restock}, {@code adjustment}, {@code sale}, {@code cancellation} or {@code
 *     return} (any case); a brand user may only restock
 * @param reference what it refers to (a delivery note), optional
 */
public record StockAdjustment(
    String sku, Integer deltaQuantity, String reason, String note, String reference) {}
