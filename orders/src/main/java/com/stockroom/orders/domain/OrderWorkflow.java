package com.stockroom.orders.domain;

import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/**
 * Which status may follow which, and for whom. Staff move orders along {@code WAITING → PREPARATION
 * → READY → DELIVERED}, may send an order in preparation back to waiting, and may cancel while it
 * has not left the shelf; a customer may only cancel their own order, under the same condition.
 */
public final class OrderWorkflow {

  /** Who asks for a move. A customer is only ever asked about their own orders. */
  public enum Actor {
    STAFF,
    CUSTOMER
  }

  private static final Map<OrderStatus, Set<OrderStatus>> STAFF = new EnumMap<>(OrderStatus.class);
  private static final Map<OrderStatus, Set<OrderStatus>> CUSTOMER =
      new EnumMap<>(OrderStatus.class);

  static {
    STAFF.put(OrderStatus.WAITING, EnumSet.of(OrderStatus.PREPARATION, OrderStatus.CANCELLED));
    STAFF.put(
        OrderStatus.PREPARATION,
        EnumSet.of(OrderStatus.READY, OrderStatus.WAITING, OrderStatus.CANCELLED));
    STAFF.put(OrderStatus.READY, EnumSet.of(OrderStatus.DELIVERED));
    STAFF.put(OrderStatus.DELIVERED, EnumSet.noneOf(OrderStatus.class));
    STAFF.put(OrderStatus.CANCELLED, EnumSet.noneOf(OrderStatus.class));
    for (OrderStatus status : OrderStatus.values()) {
      CUSTOMER.put(
          status,
          isCancellable(status)
              ? EnumSet.of(OrderStatus.CANCELLED)
              : EnumSet.noneOf(OrderStatus.class));
    }
  }

  private OrderWorkflow() {}

  /** The statuses {@code actor} may move an order in {@code from} to, in workflow order. */
  public static Set<OrderStatus> allowed(OrderStatus from, Actor actor) {
    return Collections.unmodifiableSet((actor == Actor.STAFF ? STAFF : CUSTOMER).get(from));
  }

  public static boolean isAllowed(OrderStatus from, OrderStatus to, Actor actor) {
    return allowed(from, actor).contains(to);
  }

  /** Whether the order has not left the shelf yet, so cancelling it can put its stock back. */
  public static boolean isCancellable(OrderStatus status) {
    return status == OrderStatus.WAITING || status == OrderStatus.PREPARATION;
  }

  /** Returns are recorded against delivered orders only. */
  public static boolean acceptsReturns(OrderStatus status) {
    return status == OrderStatus.DELIVERED;
  }
}
