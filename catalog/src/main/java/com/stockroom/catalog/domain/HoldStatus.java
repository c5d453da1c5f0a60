package com.stockroom.catalog.domain;

/** A hold's state: only an {@link #ACTIVE} hold keeps stock reserved. */
public enum HoldStatus {
  ACTIVE,
  /** Given back by its owner. */
  RELEASED,
  /** Given back by the expiry scheduler. */
  EXPIRED,
  /** Turned into a sale. */
  SOLD;

  /**
   * The moves a hold can make: an active hold is released, expires or is sold; an expired one can
   * still be sold when its units were available again at the sale (the seller re-checks them under
   * the lock). Nothing leaves {@link #RELEASED} or {@link #SOLD}.
   */
  public boolean canBecome(HoldStatus next) {
    return switch (this) {
      case ACTIVE -> next != ACTIVE;
      case EXPIRED -> next == SOLD;
      case RELEASED, SOLD -> false;
    };
  }
}
