package com.stockroom.catalog.domain;

/** A hold's state: only an {@link #ACTIVE} hold keeps stock reserved. */
public enum HoldStatus {
  ACTIVE,
  /** Given back by its owner. */
  RELEASED,
  /** Given back by the expiry scheduler. */
  EXPIRED,
  /** Turned into a sale. */
  SOLD
}
