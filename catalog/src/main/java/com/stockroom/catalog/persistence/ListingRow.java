package com.stockroom.catalog.persistence;

import java.time.Instant;

/** A product as listings show it, plus its position for the next page's cursor. */
public record ListingRow(
    long id,
    String name,
    long price,
    String currency,
    long brandId,
    String brandName,
    long categoryId,
    String status,
    Instant createdAt,
    Instant deletedAt,
    long available,
    ListingPosition position) {}
