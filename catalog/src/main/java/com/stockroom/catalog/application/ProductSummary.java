package com.stockroom.catalog.application;

import com.stockroom.common.money.Money;
import java.time.Instant;

/**
 * A product in a listing.
 *
 * @param price the lowest price of its SKUs
 * @param available units available to sell, summed over its SKUs
 * @param status staff view only
 * @param deletedAt staff view only, when deleted
 */
public record ProductSummary(
    String id,
    String name,
    Money price,
    long available,
    Reference brand,
    String categoryId,
    Instant createdAt,
    String status,
    Instant deletedAt) {}
