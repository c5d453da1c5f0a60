package com.stockroom.catalog.api;

/**
 * A line that cannot be served: {@code available} units are left to sell (0 for a SKU that is not
 * sellable) where {@code requested} were asked for.
 */
public record ShortLine(String sku, int requested, int available) {}
