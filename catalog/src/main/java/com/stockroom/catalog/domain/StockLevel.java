package com.stockroom.catalog.domain;

/**
 * A SKU's stock at one moment: units on hand, units held for carts, and what is left to sell. Both
 * counts are never negative and never more is held than is on hand (also database constraints).
 */
public record StockLevel(int onHand, int reserved) {

  public int available() {
    return onHand - reserved;
  }

  /** Whether moving by these deltas keeps the level valid. */
  public boolean allows(int delta, int reservedDelta) {
    long newOnHand = (long) onHand + delta;
    long newReserved = (long) reserved + reservedDelta;
    return newOnHand >= 0
        && newReserved >= 0
        && newReserved <= newOnHand
        && newOnHand <= Integer.MAX_VALUE;
  }

  public StockLevel after(int delta, int reservedDelta) {
    if (!allows(delta, reservedDelta)) {
      throw new IllegalArgumentException(
          "stock " + this + " cannot move by " + delta + "/" + reservedDelta);
    }
    return new StockLevel(onHand + delta, reserved + reservedDelta);
  }
}
