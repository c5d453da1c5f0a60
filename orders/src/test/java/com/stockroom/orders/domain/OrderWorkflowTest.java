package com.stockroom.orders.domain;

import static org.assertj.core.api.Assertions.assertThat;

import com.stockroom.orders.domain.OrderWorkflow.Actor;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class OrderWorkflowTest {

  /** Every move that is allowed; every other (from, to, actor) is refused. */
  private static final Set<String> ALLOWED =
      Set.of(
          "STAFF WAITING -> PREPARATION",
          "STAFF WAITING -> CANCELLED",
          "STAFF PREPARATION -> READY",
          "STAFF PREPARATION -> WAITING",
          "STAFF PREPARATION -> CANCELLED",
          "STAFF READY -> DELIVERED",
          "CUSTOMER WAITING -> CANCELLED",
          "CUSTOMER PREPARATION -> CANCELLED");

  static Stream<Arguments> everyMove() {
    List<Arguments> moves = new ArrayList<>();
    for (Actor actor : Actor.values()) {
      for (OrderStatus from : OrderStatus.values()) {
        for (OrderStatus to : OrderStatus.values()) {
          moves.add(
              Arguments.of(actor, from, to, ALLOWED.contains(actor + " " + from + " -> " + to)));
        }
      }
    }
    return moves.stream();
  }

  @ParameterizedTest(name = "{0} {1} -> {2}: {3}")
  @MethodSource("everyMove")
  void moveIsAllowedExactlyWhenTheTableSaysSo(
      Actor actor, OrderStatus from, OrderStatus to, boolean allowed) {
    assertThat(OrderWorkflow.isAllowed(from, to, actor)).isEqualTo(allowed);
    assertThat(OrderWorkflow.allowed(from, actor).contains(to)).isEqualTo(allowed);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("statuses")
  void onlyOrdersStillOnTheShelfCanBeCancelledAndOnlyDeliveredOnesReturned(OrderStatus status) {
    assertThat(OrderWorkflow.isCancellable(status))
        .isEqualTo(status == OrderStatus.WAITING || status == OrderStatus.PREPARATION);
    assertThat(OrderWorkflow.acceptsReturns(status)).isEqualTo(status == OrderStatus.DELIVERED);
    assertThat(OrderWorkflow.isAllowed(status, OrderStatus.CANCELLED, Actor.CUSTOMER))
        .isEqualTo(OrderWorkflow.isCancellable(status));
  }

  static Stream<OrderStatus> statuses() {
    return Stream.of(OrderStatus.values());
  }
}
