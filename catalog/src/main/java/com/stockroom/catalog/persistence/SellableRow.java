package com.stockroom.catalog.persistence;

/** A SKU as sellers look it up, read fresh (never from the persistence context). */
public record SellableRow(
    String code,
    long productId,
    String productName,
    String attributesJson,
    long priceAmount,
    String currency,
    int available,
    boolean sellable,
    boolean externallyFulfilled,
    long brandId) {}
