package com.stockroom.orders.domain;

/** Where an order is in its life. */
public enum OrderStatus {
  /** Placed, stock taken, not yet being picked. */
  WAITING,
  /** Being picked and packed. */
  PREPARATION,
  /** Packed, waiting for the customer or the carrier. */
  READY,
  /** Handed over. Only returns may follow. */
  DELIVERED,
  /** Called off before it left; its stock went back. */
  CANCELLED
}
