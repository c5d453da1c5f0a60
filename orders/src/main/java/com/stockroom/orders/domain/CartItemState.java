package com.stockroom.orders.domain;

import java.time.Instant;

/** What a cart item's stock looks like to the customer. */
public enum CartItemState {
  /** Our stock is held for the cart until the item's expiry. */
  HELD,
  /** The hold ran out; checkout tries to take the units again, if they are still there. */
  EXPIRED,
  /** The external reservation service has been asked and has not answered yet. */
  PENDING,
  /** The external reservation service reserved the units. */
  RESERVED,
  /** The external reservation service refused, or could not be reached in time. */
  FAILED;

  /** The state of an item held in our own stock at {@code now}. */
  public static CartItemState ofHold(Instant expiresAt, Instant now) {
    return now.isBefore(expiresAt) ? HELD : EXPIRED;
  }

  /** Whether checkout can take the item as it is. */
  public boolean isCheckoutReady() {
    return this == HELD || this == EXPIRED || this == RESERVED;
  }
}
