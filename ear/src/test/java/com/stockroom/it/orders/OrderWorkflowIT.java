package com.stockroom.it.orders;

import static com.stockroom.it.orders.Orders.line;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import com.stockroom.it.Environment;
import com.stockroom.it.ServerTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The workflow over HTTP, every move for every role: staff move orders with PATCH .../status,
 * customers may only cancel their own orders while they are on the shelf, and every refusal names
 * the moves that are allowed.
 */
class OrderWorkflowIT extends ServerTest {

  private static final List<String> STATUSES =
      List.of("WAITING", "PREPARATION", "READY", "DELIVERED", "CANCELLED");

  /** How staff reach each status from a new order. */
  private static final Map<String, List<String>> PATH =
      Map.of(
          "WAITING", List.of(),
          "PREPARATION", List.of("PREPARATION"),
          "READY", List.of("PREPARATION", "READY"),
          "DELIVERED", List.of("PREPARATION", "READY", "DELIVERED"),
          "CANCELLED", List.of("CANCELLED"));

  private static final Set<String> STAFF_MOVES =
      Set.of(
          "WAITING>PREPARATION",
          "WAITING>CANCELLED",
          "PREPARATION>READY",
          "PREPARATION>WAITING",
          "PREPARATION>CANCELLED",
          "READY>DELIVERED");

  private static final Shop SHOP = Shop.suite();
  private static String sku;

  @BeforeAll
  static void stock() {
    sku = SHOP.newSku(1000, 500);
  }

  static Stream<Arguments> everyStaffMove() {
    List<Arguments> moves = new ArrayList<>();
    for (String from : STATUSES) {
      for (String to : STATUSES) {
        moves.add(Arguments.of(from, to, STAFF_MOVES.contains(from + ">" + to)));
      }
    }
    return moves.stream();
  }

  @ParameterizedTest(name = "staff {0} -> {1}: {2}")
  @MethodSource("everyStaffMove")
  void staffMovesExactlyAlongTheWorkflow(String from, String to, boolean allowed)
      throws SQLException {
    String customer = Shop.newCustomer();
    String orderId = orderIn(from, customer);
    int historyBefore = history(customer, orderId).size();
    int onHandBefore = SHOP.onHand(sku);

    Response moved = Orders.move(SHOP, orderId, to);

    if (allowed) {
      moved.then().statusCode(200).body("status", equalTo(to));
      List<Map<String, Object>> history = history(customer, orderId);
      assertThat(history).hasSize(historyBefore + 1);
      assertThat(history.get(history.size() - 1))
          .containsEntry("from", from)
          .containsEntry("to", to)
          .containsEntry("kind", to.equals("CANCELLED") ? "CANCELLED" : "STATUS");
      String event = to.equals("CANCELLED") ? "order.cancelled" : "order.status_changed";
      assertThat(feedTypes(orderId)).last().isEqualTo(event);
      assertThat(outboxTypes(orderId)).last().isEqualTo(event);
      assertThat(SHOP.onHand(sku)).isEqualTo(onHandBefore + (to.equals("CANCELLED") ? 2 : 0));
    } else {
      moved
          .then()
          .statusCode(409)
          .body("type", equalTo("/problems/transition-not-allowed"))
          .body("currentStatus", equalTo(from))
          .body("allowed", equalTo(allowedFrom(from)));
      assertThat(history(customer, orderId)).hasSize(historyBefore);
      assertThat(SHOP.onHand(sku)).isEqualTo(onHandBefore);
    }
  }

  static Stream<String> statuses() {
    return STATUSES.stream();
  }

  @ParameterizedTest(name = "customer cancels in {0}")
  @MethodSource("statuses")
  void customersCancelTheirOwnOrdersOnlyWhileOnTheShelfAndNeverMoveThem(String from) {
    String customer = Shop.newCustomer();
    String orderId = orderIn(from, customer);
    boolean cancellable = from.equals("WAITING") || from.equals("PREPARATION");

    SHOP.as(customer)
        .body(Shop.json(Map.of("status", "DELIVERED")))
        .patch(Orders.ORDERS + "/{id}/status", orderId)
        .then()
        .statusCode(403);
    Orders.cancel(SHOP, Shop.newCustomer(), orderId).then().statusCode(404);
    Response cancelled = Orders.cancel(SHOP, customer, orderId);

    if (cancellable) {
      cancelled.then().statusCode(200).body("status", equalTo("CANCELLED"));
    } else {
      cancelled
          .then()
          .statusCode(409)
          .body("type", equalTo("/problems/transition-not-allowed"))
          .body("allowed", equalTo(List.of()));
    }
  }

  @Test
  void staffCanCancelToo() {
    String customer = Shop.newCustomer();
    String orderId = orderIn("PREPARATION", customer);

    Orders.cancel(SHOP, Shop.MANAGER, orderId)
        .then()
        .statusCode(200)
        .body("status", equalTo("CANCELLED"))
        .body("history[-1].by", equalTo(byManager()));
  }

  @Test
  void ifMatchGuardsAgainstMovingAStaleView() {
    String orderId = orderIn("WAITING", Shop.newCustomer());
    // Only the customer wrote: the manager's read may go to the replica.
    Shop.settle();
    String etag = SHOP.asManager().get(Orders.ORDERS + "/{id}", orderId).header("ETag");
    Orders.move(SHOP, orderId, "PREPARATION").then().statusCode(200);

    SHOP.asManager()
        .header("If-Match", etag)
        .body(Shop.json(Map.of("status", "READY")))
        .patch(Orders.ORDERS + "/{id}/status", orderId)
        .then()
        .statusCode(412)
        .body("type", equalTo("/problems/precondition-failed"));
    String current = SHOP.asManager().get(Orders.ORDERS + "/{id}", orderId).header("ETag");
    SHOP.asManager()
        .header("If-Match", current)
        .body(Shop.json(Map.of("status", "READY", "note", "packed by Ann")))
        .patch(Orders.ORDERS + "/{id}/status", orderId)
        .then()
        .statusCode(200)
        .body("history[-1].note", equalTo("packed by Ann"));
  }

  @Test
  void badMovesAreClearProblems() {
    String orderId = orderIn("WAITING", Shop.newCustomer());
    SHOP.asManager()
        .body(Shop.json(Map.of("status", "SHIPPED")))
        .patch(Orders.ORDERS + "/{id}/status", orderId)
        .then()
        .statusCode(400)
        .body("errors.field", hasItem("status"));
    SHOP.asManager()
        .body("{}")
        .patch(Orders.ORDERS + "/{id}/status", orderId)
        .then()
        .statusCode(400);
    SHOP.asManager()
        .header("If-Match", "yesterday")
        .body(Shop.json(Map.of("status", "PREPARATION")))
        .patch(Orders.ORDERS + "/{id}/status", orderId)
        .then()
        .statusCode(400);
    Orders.move(SHOP, "999999999999", "PREPARATION").then().statusCode(404);
    Orders.move(SHOP, "abc", "PREPARATION").then().statusCode(404);
  }

  private static String orderIn(String status, String customer) {
    String orderId = Orders.placed(SHOP, customer, List.of(line(sku, 2)));
    for (String step : PATH.get(status)) {
      Orders.move(SHOP, orderId, step).then().statusCode(200);
    }
    return orderId;
  }

  private static List<Map<String, Object>> history(String customer, String orderId) {
    JsonPath order =
        SHOP.as(customer)
            .get(Orders.ORDERS + "/{id}", orderId)
            .then()
            .statusCode(200)
            .extract()
            .jsonPath();
    return order.getList("history");
  }

  private static List<String> allowedFrom(String from) {
    return STATUSES.stream()
        .filter(to -> STAFF_MOVES.contains(from + ">" + to))
        .sorted((a, b) -> STATUSES.indexOf(a) - STATUSES.indexOf(b))
        .toList();
  }

  private static String byManager() {
    return "user:"
        + JsonPath.from(
                new String(
                    java.util.Base64.getUrlDecoder().decode(Shop.MANAGER.split("\\.")[1]),
                    java.nio.charset.StandardCharsets.UTF_8))
            .getString("sub");
  }

  /** The types of the order's events in the live feed's table, oldest first. */
  static List<String> feedTypes(String orderId) throws SQLException {
    return types(
        "SELECT type FROM orders.order_event WHERE order_id = CAST(? AS bigint) ORDER BY id",
        orderId);
  }

  /** The types of the order's events in the notifications outbox, oldest first. */
  static List<String> outboxTypes(String orderId) throws SQLException {
    return types(
        "SELECT type FROM notifications.outbox_event WHERE subject = 'order:' || ?"
            + " ORDER BY occurred_at",
        orderId);
  }

  private static List<String> types(String sql, String orderId) throws SQLException {
    List<String> types = new ArrayList<>();
    try (Connection db = Environment.primary();
        PreparedStatement query = db.prepareStatement(sql)) {
      query.setString(1, orderId);
      try (ResultSet rs = query.executeQuery()) {
        while (rs.next()) {
          types.add(rs.getString(1));
        }
      }
    }
    return types;
  }
}
