package com.stockroom.orders.domain;

import com.stockroom.common.problem.ProblemException;
import com.stockroom.common.problem.ProblemType;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The problems orders and carts answer with, each with a stable type. */
public final class OrderProblems {

  public static final ProblemType TRANSITION_NOT_ALLOWED =
      new ProblemType("/problems/transition-not-allowed", "Status change not allowed", 409);
  public static final ProblemType NOT_DELIVERED =
      new ProblemType("/problems/order-not-delivered", "Order not delivered", 409);
  public static final ProblemType NOT_FOR_SALE =
      new ProblemType("/problems/not-for-sale", "Not for sale", 422);
  public static final ProblemType RESERVATION_REQUIRED =
      new ProblemType("/problems/reservation-required", "Reservation required", 422);
  public static final ProblemType MIXED_CURRENCIES =
      new ProblemType("/problems/mixed-currencies", "Mixed currencies", 422);
  public static final ProblemType PRICES_CHANGED =
      new ProblemType("/problems/prices-changed", "Prices changed", 409);
  public static final ProblemType KEY_REUSED =
      new ProblemType("/problems/idempotency-key-reused", "Idempotency key reused", 422);
  public static final ProblemType CART_EMPTY =
      new ProblemType("/problems/cart-empty", "Cart is empty", 409);
  public static final ProblemType ALREADY_IN_CART =
      new ProblemType("/problems/already-in-cart", "Already in the cart", 409);
  public static final ProblemType CART_FULL =
      new ProblemType("/problems/cart-full", "Cart is full", 409);
  public static final ProblemType RESERVATION_PENDING =
      new ProblemType("/problems/reservation-pending", "Reservation pending", 409);
  public static final ProblemType RESERVATION_FAILED =
      new ProblemType("/problems/reservation-failed", "Reservation failed", 409);
  public static final ProblemType RESERVATIONS_UNAVAILABLE =
      new ProblemType(
          "/problems/reservations-unavailable", "External reservations unavailable", 503);

  private OrderProblems() {}

  public static ProblemException transitionNotAllowed(
      OrderStatus from, OrderStatus to, Set<OrderStatus> allowed) {
    String detail =
        allowed.isEmpty()
            ? "An order in " + from + " cannot change status any more."
            : "An order in "
                + from
                + " can move to "
                + String.join(" or ", allowed.stream().map(Enum::name).toList())
                + ", not to "
                + to
                + ".";
    return new ProblemException(
        TRANSITION_NOT_ALLOWED,
        detail,
        Map.of("currentStatus", from.name(), "allowed", allowed.stream().map(Enum::name).toList()),
        Map.of());
  }

  /** Problems that name the SKUs they are about in a {@code skus} member. */
  public static ProblemException aboutSkus(
      ProblemType type, String detail, Collection<String> skus) {
    return new ProblemException(type, detail, Map.of("skus", List.copyOf(skus)), Map.of());
  }
}
