package com.stockroom.catalog.application;

import com.stockroom.common.money.Money;
import java.time.Instant;
import java.util.List;

/**
 * A product with all its SKUs and their availability. Customers see live SKUs of active products;
 * staff see everything, with status, deletion times and version.
 *
 * @param price the lowest price of its live SKUs
 * @param available units available to sell, summed over its live SKUs
 */
public record ProductDetails(
    String id,
    String name,
    String description,
    Reference category,
    Reference brand,
    Money price,
    long available,
    Instant createdAt,
    Instant updatedAt,
    String status,
    Instant deletedAt,
    Long version,
    List<SkuDetails> skus) {}
