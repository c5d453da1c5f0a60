package com.stockroom.orders.domain;

/** Bounds on what one order or cart may ask for; larger requests are refused, not clamped. */
public final class OrderLimits {

  /** Units of one SKU in one order line or cart item. */
  public static final int MAX_QUANTITY = 1000;

  /** Lines of one order, items of one cart. */
  public static final int MAX_LINES = 100;

  /** SKU codes are at most this long (the catalog's limit). */
  public static final int MAX_SKU_LENGTH = 64;

  private OrderLimits() {}
}
