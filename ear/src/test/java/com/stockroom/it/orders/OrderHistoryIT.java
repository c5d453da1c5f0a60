package com.stockroom.it.orders;

import static com.stockroom.it.orders.Orders.line;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import com.stockroom.it.Environment;
import com.stockroom.it.ServerTest;
import com.stockroom.it.Tokens;
import io.restassured.path.json.JsonPath;
import java.sql.Connection;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Reading orders: own history newest first, paged and filtered; someone else's order does not
 * exist; staff see all. Reads are served by the replica, except where it has not caught up with the
 * reader's own change.
 */
class OrderHistoryIT extends ServerTest {

  private final Shop shop = Shop.suite();

  @Test
  void aCustomerPagesThroughTheirOwnOrdersNewestFirstAndFiltersByStatus() {
    String sku = shop.newSku(100, 100);
    String customer = Shop.newCustomer();
    List<String> placed = new ArrayList<>();
    for (int i = 1; i <= 5; i++) {
      placed.add(Orders.placed(shop, customer, List.of(line(sku, i))));
    }
    Orders.placed(shop, Shop.newCustomer(), List.of(line(sku, 1)));
    Orders.move(shop, placed.get(1), "PREPARATION").then().statusCode(200);
    Orders.cancel(shop, customer, placed.get(3)).then().statusCode(200);
    List<String> newestFirst = new ArrayList<>(placed);
    Collections.reverse(newestFirst);

    JsonPath first =
        shop.as(customer)
            .queryParam("size", 2)
            .get(Orders.ORDERS)
            .then()
            .statusCode(200)
            .header("Link", containsString("rel=\"next\""))
            .body("totalItems", equalTo(5))
            .body("totalPages", equalTo(3))
            .extract()
            .jsonPath();
    assertThat(first.getList("items.id")).isEqualTo(newestFirst.subList(0, 2));
    assertThat(first.getList("items[0].lines.quantity")).isEqualTo(List.of(5));
    assertThat(first.getString("items[0].history[0].kind")).isEqualTo("PLACED");
    JsonPath last =
        shop.as(customer)
            .queryParam("size", 2)
            .queryParam("page", 3)
            .get(Orders.ORDERS)
            .then()
            .statusCode(200)
            .header("Link", containsString("rel=\"prev\""))
            .extract()
            .jsonPath();
    assertThat(last.getList("items.id")).isEqualTo(newestFirst.subList(4, 5));

    shop.as(customer)
        .queryParam("status", "PREPARATION")
        .get(Orders.ORDERS)
        .then()
        .statusCode(200)
        .body("items.id", equalTo(List.of(placed.get(1))));
    shop.as(customer)
        .queryParam("status", "cancelled")
        .get(Orders.ORDERS)
        .then()
        .statusCode(200)
        .body("items.id", equalTo(List.of(placed.get(3))));
    shop.as(customer)
        .queryParam("status", "LOST")
        .queryParam("size", 1000)
        .queryParam("page", "x")
        .get(Orders.ORDERS)
        .then()
        .statusCode(400)
        .body("errors.field", equalTo(List.of("status", "page", "size")));
    shop.as(customer)
        .queryParam("customerId", "42")
        .get(Orders.ORDERS)
        .then()
        .statusCode(400)
        .body("errors.field", hasItem("customerId"));
  }

  @Test
  void anotherCustomersOrderDoesNotExistForYouButStaffSeeEveryOrder() {
    String sku = shop.newSku(10, 100);
    long owner = Shop.nextUserId();
    String ownerToken = Tokens.customer(owner);
    String orderId = Orders.placed(shop, ownerToken, List.of(line(sku, 1)));
    String stranger = Shop.newCustomer();

    shop.as(stranger)
        .get(Orders.ORDERS + "/{id}", orderId)
        .then()
        .statusCode(404)
        .body("type", equalTo("/problems/not-found"));
    shop.as(stranger)
        .get(Orders.ORDERS + "/{id}", "999999999999")
        .then()
        .statusCode(404)
        .body("type", equalTo("/problems/not-found"));
    shop.as(stranger).get(Orders.ORDERS + "/{id}", "nope").then().statusCode(404);
    // Staff read other customers' orders from the replica, which shows them a moment later.
    Shop.settle();
    shop.asManager()
        .get(Orders.ORDERS + "/{id}", orderId)
        .then()
        .statusCode(200)
        .body("customerId", equalTo(Long.toString(owner)));
    shop.asManager()
        .queryParam("customerId", owner)
        .get(Orders.ORDERS)
        .then()
        .statusCode(200)
        .body("items.id", equalTo(List.of(orderId)));
    shop.asManager().get(Orders.ORDERS).then().statusCode(200).body("items.id", hasItem(orderId));
    shop.as(Tokens.brand(Shop.nextUserId(), 1)).get(Orders.ORDERS).then().statusCode(403);
  }

  @Test
  void anOrderJustPlacedIsInTheHistoryAtOnceWhileTheReplicaServesOthersItsOlderView()
      throws Exception {
    String sku = shop.newSku(10, 100);
    String customer = Shop.newCustomer();
    String watcher = Tokens.manager(Shop.nextUserId());
    Orders.placed(shop, customer, List.of(line(sku, 1)));
    Shop.settle();
    try (Connection replica = Environment.replicaAsSuperuser();
        Statement statement = replica.createStatement()) {
      statement.execute("SELECT pg_wal_replay_pause()");
      try {
        String orderId = Orders.placed(shop, customer, List.of(line(sku, 2)));

        shop.as(customer)
            .get(Orders.ORDERS)
            .then()
            .statusCode(200)
            .body("items[0].id", equalTo(orderId))
            .body("totalItems", equalTo(2));
        shop.as(customer).get(Orders.ORDERS + "/{id}", orderId).then().statusCode(200);
        // Someone who did not write reads the replica, which has not replayed the order yet.
        shop.as(watcher)
            .queryParam("customerId", customerId(customer))
            .get(Orders.ORDERS)
            .then()
            .statusCode(200)
            .body("totalItems", equalTo(1));
      } finally {
        statement.execute("SELECT pg_wal_replay_resume()");
      }
    }
  }

  private static String customerId(String token) {
    return JsonPath.from(
            new String(
                java.util.Base64.getUrlDecoder().decode(token.split("\\.")[1]),
                java.nio.charset.StandardCharsets.UTF_8))
        .getString("sub");
  }
}
