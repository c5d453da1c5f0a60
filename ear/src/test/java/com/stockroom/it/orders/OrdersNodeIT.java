package com.stockroom.it.orders;

import static com.stockroom.it.orders.Orders.line;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import com.stockroom.it.ServerTest;
import com.stockroom.it.StockroomNode;
import io.restassured.path.json.JsonPath;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * What needs a server of its own: a reservation job interrupted by a crash completes after the
 * server restarts, and cart holds that expire (after 3 seconds here) are released exactly once and
 * re-checked at checkout. The node has its own database, so no other server works its queue.
 */
class OrdersNodeIT extends ServerTest {

  private static ReservationService service;
  private static StockroomNode node;
  private static Shop shop;

  @BeforeAll
  static void startNode() {
    service = ReservationService.onFreePort();
    Map<String, String> env = new HashMap<>(StockroomNode.ownDatabase("orders_node"));
    env.put("STOCKROOM_ORDERS_RESERVATION_URL", service.url());
    env.put("STOCKROOM_ORDERS_HOLD_DURATION", "PT3S");
    env.put("STOCKROOM_CATALOG_HOLD_EXPIRY_INTERVAL_SECONDS", "1");
    node = StockroomNode.create("orders", env).start();
    shop = Shop.at(node.httpPort());
  }

  @AfterAll
  static void stopNode() {
    if (node != null) {
      node.close();
    }
    service.close();
  }

  @Test
  void aReservationInterruptedByACrashIsAskedAgainAfterTheRestartAndCompletes() {
    String sku = shop.newExternalSku(1500);
    String customer = Shop.newCustomer();
    service.reserves(sku, "R-" + sku, 35_000);
    Orders.addToCart(shop, customer, sku, 1).then().statusCode(202);
    await().atMost(Duration.ofSeconds(30)).until(() -> service.requestsFor(sku).size() == 1);

    node.kill();
    node.start();

    shop.as(customer)
        .get(Orders.CART)
        .then()
        .statusCode(200)
        .body("items[0].state", equalTo("PENDING"));
    await()
        .atMost(Duration.ofSeconds(120))
        .pollInterval(Duration.ofSeconds(1))
        .until(() -> "RESERVED".equals(shop.as(customer).get(Orders.CART).path("items[0].state")));
    shop.as(customer).get(Orders.CART).then().body("items[0].reservationId", equalTo("R-" + sku));
    List<LoggedRequest> asked = service.requestsFor(sku);
    assertThat(asked).hasSize(2);
    assertThat(asked.get(1).getHeader("Idempotency-Key"))
        .isEqualTo(asked.get(0).getHeader("Idempotency-Key"));
  }

  @Test
  void anExpiredHoldIsReleasedExactlyOnce() {
    String sku = shop.newSku(5, 100);
    String customer = Shop.newCustomer();
    JsonPath item =
        Orders.addToCart(shop, customer, sku, 2).then().statusCode(201).extract().jsonPath();
    assertThat(Instant.parse(item.getString("expiresAt"))).isBefore(Instant.now().plusSeconds(4));
    assertThat(shop.available(sku)).isEqualTo(3);

    await().atMost(Duration.ofSeconds(30)).until(() -> shop.reserved(sku) == 0);

    shop.as(customer).get(Orders.CART).then().body("items[0].state", equalTo("EXPIRED"));
    // Several runs of the expiry scheduler later, the hold is still released once.
    await()
        .during(Duration.ofSeconds(3))
        .atMost(Duration.ofSeconds(10))
        .until(() -> releases(sku).size() == 1 && shop.reserved(sku) == 0);
    assertThat(releases(sku).get(0)).containsEntry("reservedDelta", -2);
    assertThat(shop.onHand(sku)).isEqualTo(5);

    shop.as(customer)
        .delete(Orders.CART + "/items/{id}", item.getString("id"))
        .then()
        .statusCode(204);
    assertThat(releases(sku)).hasSize(1);
    shop.assertLedgerConsistent();
  }

  @Test
  void checkoutTakesAnExpiredHoldOnlyIfTheStockIsStillThere() {
    String sku = shop.newSku(5, 100);
    String customer = Shop.newCustomer();
    Orders.addToCart(shop, customer, sku, 4).then().statusCode(201);
    await().atMost(Duration.ofSeconds(30)).until(() -> shop.reserved(sku) == 0);
    String rival = Shop.newCustomer();
    String rivalsOrder = Orders.placed(shop, rival, List.of(line(sku, 3)));

    Orders.place(shop, customer, Orders.key(), Orders.fromCart())
        .then()
        .statusCode(409)
        .body("type", equalTo("/problems/insufficient-stock"))
        .body("shortLines[0].requested", equalTo(4))
        .body("shortLines[0].available", equalTo(2));
    shop.as(customer).get(Orders.CART).then().body("items[0].quantity", equalTo(4));

    Orders.cancel(shop, rival, rivalsOrder).then().statusCode(200);
    Orders.place(shop, customer, Orders.key(), Orders.fromCart())
        .then()
        .statusCode(201)
        .body("lines[0].quantity", equalTo(4));
    assertThat(shop.onHand(sku)).isEqualTo(1);
    assertThat(shop.reserved(sku)).isZero();
    shop.assertLedgerConsistent();
  }

  private static List<Map<String, Object>> releases(String sku) {
    return shop.ledger(sku).stream().filter(row -> "RELEASE".equals(row.get("reason"))).toList();
  }
}
