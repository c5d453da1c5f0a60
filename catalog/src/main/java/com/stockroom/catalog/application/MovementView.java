package com.stockroom.catalog.application;

import com.stockroom.catalog.persistence.StockMovement;
import java.time.Instant;

/**
 * A ledger row.
 *
 * @param deltaQuantity the change of units on hand
 * @param reservedDelta the change of units held for carts
 * @param balanceAfter units on hand after the movement
 * @param reservedAfter units held after it
 */
public record MovementView(
    String id,
    String sku,
    int deltaQuantity,
    int reservedDelta,
    String reason,
    String reference,
    String note,
    String actor,
    int balanceAfter,
    int reservedAfter,
    Instant createdAt) {

  static MovementView of(StockMovement movement, String sku) {
    return new MovementView(
        Long.toString(movement.id()),
        sku,
        movement.delta(),
        movement.reservedDelta(),
        movement.reason().name(),
        movement.reference(),
        movement.note(),
        movement.actor(),
        movement.balanceAfter(),
        movement.reservedAfter(),
        movement.createdAt());
  }
}
