package com.stockroom.catalog.api;

/** Why sold stock comes back. */
public enum Restock {
  /** An order was cancelled before it left. */
  CANCELLATION,
  /** A customer sent goods back and they can be sold again. */
  RETURN
}
