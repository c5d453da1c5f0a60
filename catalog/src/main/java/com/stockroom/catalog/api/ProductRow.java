package com.stockroom.catalog.api;

import com.stockroom.common.money.Money;
import java.time.Instant;

/**
 * A product in the staff list.
 *
 * @param price the lowest price of its live SKUs
 * @param available units available to sell over its live SKUs
 */
public record ProductRow(
    String id,
    String name,
    String brand,
    Money price,
    long available,
    String status,
    Instant deletedAt) {}
