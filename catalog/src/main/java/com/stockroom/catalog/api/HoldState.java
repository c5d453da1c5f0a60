package com.stockroom.catalog.api;

/** Where a hold is: only an {@code ACTIVE} hold keeps its units set aside. */
public enum HoldState {
  ACTIVE,
  /** Given back by its owner. */
  RELEASED,
  /** Given back because it expired. */
  EXPIRED,
  /** Turned into a sale. */
  SOLD
}
