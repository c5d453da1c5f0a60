package com.stockroom.it.orders;

import static com.stockroom.it.orders.Orders.line;
import static com.stockroom.it.orders.Orders.lines;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;

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
import org.junit.jupiter.api.Test;

/**
 * Placing orders: all or nothing under the catalog's locks, prices copied at order time, clear
 * refusals that change nothing, and a lock wait that ends in a retryable answer instead of a hang.
 */
class OrderPlacementIT extends ServerTest {

  private final Shop shop = Shop.suite();

  @Test
  void anOrderTakesItsStockAndKeepsThePricesOfTheMomentItWasPlaced() {
    String tea = shop.newSku(10, 450);
    String mug = shop.newSku(5, 1200);
    String customer = Shop.newCustomer();

    Response placed =
        Orders.place(shop, customer, Orders.key(), lines(List.of(line(tea, 3), line(mug, 2))));

    placed
        .then()
        .statusCode(201)
        .header("Location", containsString("/api/orders/orders/"))
        .body("status", equalTo("WAITING"))
        .body("lines.sku", equalTo(List.of(tea, mug)))
        .body("lines[0].name", equalTo("Product " + tea))
        .body("lines[0].quantity", equalTo(3))
        .body("lines[0].unitPrice.amount", equalTo(450))
        .body("lines[0].unitPrice.currency", equalTo("EUR"))
        .body("lines[0].lineTotal.amount", equalTo(1350))
        .body("lines[1].lineTotal.amount", equalTo(2400))
        .body("total.amount", equalTo(3750))
        .body("total.currency", equalTo("EUR"))
        .body("history.kind", equalTo(List.of("PLACED")))
        .body("history[0].to", equalTo("WAITING"))
        .body("placedAt", endsWith("Z"));
    String orderId = placed.path("id");
    assertThat(placed.header("Location")).endsWith("/api/orders/orders/" + orderId);

    assertThat(shop.onHand(tea)).isEqualTo(7);
    assertThat(shop.onHand(mug)).isEqualTo(3);
    Map<String, Object> sale = shop.ledger(tea).get(shop.ledger(tea).size() - 1);
    assertThat(sale)
        .containsEntry("reason", "SALE")
        .containsEntry("deltaQuantity", -3)
        .containsEntry("reference", "order:" + orderId)
        .containsEntry("balanceAfter", 7);

    shop.setPrice(tea, 999);
    shop.as(customer)
        .get(Orders.ORDERS + "/{id}", orderId)
        .then()
        .statusCode(200)
        .header("ETag", notNullValue())
        .body("lines[0].unitPrice.amount", equalTo(450))
        .body("total.amount", equalTo(3750));
  }

  @Test
  void oneShortLineRefusesTheWholeOrderListingEveryShortLineAndChangesNothing() {
    String plenty = shop.newSku(5, 100);
    String scarce = shop.newSku(1, 100);
    String gone = shop.newSku(0, 100);
    String customer = Shop.newCustomer();
    int ledgerBefore = shop.ledger(plenty).size();

    Orders.place(
            shop,
            customer,
            Orders.key(),
            lines(List.of(line(plenty, 3), line(scarce, 2), line(gone, 1))))
        .then()
        .statusCode(409)
        .contentType("application/problem+json")
        .body("type", equalTo("/problems/insufficient-stock"))
        .body("shortLines.size()", equalTo(2))
        .body("shortLines.find { it.sku == '" + scarce + "' }.requested", equalTo(2))
        .body("shortLines.find { it.sku == '" + scarce + "' }.available", equalTo(1))
        .body("shortLines.find { it.sku == '" + gone + "' }.available", equalTo(0));

    assertThat(shop.onHand(plenty)).isEqualTo(5);
    assertThat(shop.onHand(scarce)).isEqualTo(1);
    assertThat(shop.ledger(plenty)).hasSize(ledgerBefore);
    shop.as(customer).get(Orders.ORDERS).then().statusCode(200).body("totalItems", equalTo(0));
  }

  @Test
  void badRequestsAreClearProblemsAndChangeNothing() {
    String sku = shop.newSku(10, 100);
    Shop.Sku deleted = shop.newSku(10, 100, false);
    shop.deleteProduct(deleted.productId());
    String external = shop.newExternalSku(100);
    String customer = Shop.newCustomer();
    String valid = lines(List.of(line(sku, 1)));

    shop.as(customer)
        .body(valid)
        .post(Orders.ORDERS)
        .then()
        .statusCode(400)
        .body("type", equalTo("/problems/validation"))
        .body("errors.field", hasItem("Idempotency-Key"));
    Orders.place(shop, customer, "has space", valid)
        .then()
        .statusCode(400)
        .body("errors.field", hasItem("Idempotency-Key"));
    Orders.place(shop, customer, "x".repeat(256), valid).then().statusCode(400);
    expectInvalid(customer, "{\"lines\":[]}", "lines");
    expectInvalid(customer, "{}", "lines");
    expectInvalid(customer, lines(List.of(line(sku, 0))), "lines[0].quantity");
    expectInvalid(customer, lines(List.of(line(sku, 1001))), "lines[0].quantity");
    expectInvalid(customer, "{\"lines\":[{\"quantity\":1}]}", "lines[0].sku");
    expectInvalid(customer, lines(List.of(line(sku, 1), line(sku, 2))), "lines[1].sku");
    List<Map<String, Object>> tooMany = new ArrayList<>();
    for (int i = 0; i < 101; i++) {
      tooMany.add(line(sku + "-" + i, 1));
    }
    expectInvalid(customer, lines(tooMany), "lines");
    expectInvalid(
        customer,
        "{\"fromCart\":true,\"lines\":[{\"sku\":\"" + sku + "\",\"quantity\":1}]}",
        "lines");
    Orders.place(shop, customer, Orders.key(), "{\"lines\": [")
        .then()
        .statusCode(400)
        .body("type", equalTo("/problems/malformed-body"));
    Orders.place(
            shop,
            customer,
            Orders.key(),
            "{\"lines\":[{\"sku\":\"" + sku + "\",\"quantity\":\"two\"}]}")
        .then()
        .statusCode(400);

    Orders.place(shop, customer, Orders.key(), lines(List.of(line(sku, 1), line("NO-SUCH-SKU", 1))))
        .then()
        .statusCode(422)
        .body("type", equalTo("/problems/unknown-sku"))
        .body("skus", equalTo(List.of("NO-SUCH-SKU")));
    Orders.place(shop, customer, Orders.key(), lines(List.of(line(deleted.code(), 1))))
        .then()
        .statusCode(422)
        .body("type", equalTo("/problems/not-for-sale"))
        .body("skus", equalTo(List.of(deleted.code())));
    Orders.place(shop, customer, Orders.key(), lines(List.of(line(external, 1))))
        .then()
        .statusCode(422)
        .body("type", equalTo("/problems/reservation-required"));

    io.restassured.RestAssured.given()
        .contentType("application/json")
        .header("Idempotency-Key", Orders.key())
        .body(valid)
        .post(Orders.ORDERS)
        .then()
        .statusCode(401)
        .header("WWW-Authenticate", containsString("Bearer"));
    Orders.place(shop, Shop.MANAGER, Orders.key(), valid).then().statusCode(403);

    assertThat(shop.onHand(sku)).isEqualTo(10);
    shop.as(customer).get(Orders.ORDERS).then().statusCode(200).body("totalItems", equalTo(0));
  }

  @Test
  void aLockHeldPastTheTimeoutIsARetryable503AndTheRetryWithTheSameKeySucceeds()
      throws SQLException {
    String sku = shop.newSku(10, 100);
    String customer = Shop.newCustomer();
    String key = Orders.key();
    String body = lines(List.of(line(sku, 2)));
    try (Connection blocker = Environment.primary()) {
      blocker.setAutoCommit(false);
      try (PreparedStatement lock =
          blocker.prepareStatement("SELECT id FROM catalog.sku WHERE code = ? FOR UPDATE")) {
        lock.setString(1, sku);
        try (ResultSet rs = lock.executeQuery()) {
          assertThat(rs.next()).isTrue();
        }
      }
      long started = System.nanoTime();
      Response busy = Orders.place(shop, customer, key, body);
      long waitedMillis = (System.nanoTime() - started) / 1_000_000;
      busy.then()
          .statusCode(503)
          .header("Retry-After", notNullValue())
          .body("type", equalTo("/problems/lock-timeout"));
      assertThat(waitedMillis).as("the lock wait is bounded").isLessThan(30_000);
      blocker.rollback();
    }
    assertThat(shop.onHand(sku)).isEqualTo(10);

    JsonPath order =
        Orders.place(shop, customer, key, body).then().statusCode(201).extract().jsonPath();
    assertThat(order.getInt("lines[0].quantity")).isEqualTo(2);
    assertThat(shop.onHand(sku)).isEqualTo(8);
  }

  private void expectInvalid(String customer, String body, String field) {
    Orders.place(shop, customer, Orders.key(), body)
        .then()
        .statusCode(400)
        .contentType("application/problem+json")
        .body("type", equalTo("/problems/validation"))
        .body("errors.field", hasItem(field));
  }
}
