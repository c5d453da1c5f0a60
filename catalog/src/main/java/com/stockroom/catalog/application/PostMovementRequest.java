package com.stockroom.catalog.application;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * A stock movement posted by staff or a brand.
 *
 * @param deltaQuantity units on hand added (positive) or removed (negative)
 * @param reason {@code restock}, {@code adjustment}, {@code sale}, {@code cancellation} or {@code
 *     return} (any case); a brand may only restock
 * @param reference what the movement refers to (a delivery note, an order id)
 */
public record PostMovementRequest(
    @NotBlank String sku,
    @NotNull Integer deltaQuantity,
    @NotBlank String reason,
    @Size(max = 500) String note,
    @Size(max = 100) String reference) {}
