package com.stockroom.catalog.domain;

/**
 * Why a ledger row exists. The first five change what is on hand; {@link #HOLD} and {@link
 * #RELEASE} only set stock aside for a cart or give it back.
 */
public enum MovementReason {
  RESTOCK(Sign.POSITIVE, true),
  ADJUSTMENT(Sign.ANY, true),
  SALE(Sign.NEGATIVE, true),
  CANCELLATION(Sign.POSITIVE, true),
  RETURN(Sign.POSITIVE, true),
  HOLD(Sign.NONE, false),
  RELEASE(Sign.NONE, false);

  private enum Sign {
    POSITIVE,
    NEGATIVE,
    ANY,
    NONE
  }

  private final Sign sign;
  private final boolean postable;

  MovementReason(Sign sign, boolean postable) {
    this.sign = sign;
    this.postable = postable;
  }

  /** Whether staff may post a movement with this reason (holds belong to carts). */
  public boolean postable() {
    return postable;
  }

  /** Why {@code delta} of on-hand stock does not fit this reason, or {@code null}. */
  public String deltaProblem(int delta) {
    return switch (sign) {
      case POSITIVE -> delta > 0 ? null : "must be positive for " + wireName();
      case NEGATIVE -> delta < 0 ? null : "must be negative for " + wireName();
      case ANY -> delta != 0 ? null : "must not be zero";
      case NONE -> delta == 0 ? null : wireName() + " does not change stock on hand";
    };
  }

  public String wireName() {
    return name().toLowerCase(java.util.Locale.ROOT);
  }
}
