package com.stockroom.it.orders;

import static com.stockroom.it.orders.Orders.line;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;

import com.stockroom.it.Environment;
import com.stockroom.it.ServerTest;
import com.stockroom.it.Tokens;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import org.junit.jupiter.api.Test;

/**
 * The cart with the default hold time: holds set stock aside (available drops, on hand does not),
 * quantities change all or nothing, removal gives the hold back, and checkout turns the holds into
 * an order. Expiry is shown by {@link OrdersNodeIT}, on a node with short holds.
 */
class CartIT extends ServerTest {

  private final Shop shop = Shop.suite();

  @Test
  void addingHoldsTheStockForFifteenMinutesShownPerItem() {
    String sku = shop.newSku(10, 450);
    String customer = Shop.newCustomer();

    Instant before = Instant.now();
    Response added = Orders.addToCart(shop, customer, sku, 3);

    added
        .then()
        .statusCode(201)
        .header("Location", containsString("/api/orders/cart/items/"))
        .body("sku", equalTo(sku))
        .body("quantity", equalTo(3))
        .body("state", equalTo("HELD"))
        .body("unitPrice.amount", equalTo(450))
        .body("lineTotal.amount", equalTo(1350));
    Instant expiresAt = Instant.parse(added.path("expiresAt"));
    assertThat(expiresAt)
        .isBetween(
            before.plus(Duration.ofMinutes(15)).minusSeconds(5),
            Instant.now().plus(Duration.ofMinutes(15)).plusSeconds(5));
    assertThat(shop.onHand(sku)).isEqualTo(10);
    assertThat(shop.reserved(sku)).isEqualTo(3);
    assertThat(shop.available(sku)).isEqualTo(7);

    shop.as(customer)
        .get(Orders.CART)
        .then()
        .statusCode(200)
        .body("items.size()", equalTo(1))
        .body("items[0].id", equalTo(added.path("id")))
        .body("items[0].expiresAt", equalTo(added.path("expiresAt")))
        .body("total.amount", equalTo(1350));
    shop.as(customer)
        .get(added.header("Location"))
        .then()
        .statusCode(200)
        .body("sku", equalTo(sku));
  }

  @Test
  void quantityChangesAreAllOrNothingAndRemovalGivesTheHoldBack() {
    String sku = shop.newSku(10, 100);
    String customer = Shop.newCustomer();
    String itemId =
        Orders.addToCart(shop, customer, sku, 2).then().statusCode(201).extract().path("id");

    changeQuantity(customer, itemId, 6).then().statusCode(200).body("quantity", equalTo(6));
    assertThat(shop.reserved(sku)).isEqualTo(6);

    changeQuantity(customer, itemId, 11)
        .then()
        .statusCode(409)
        .body("type", equalTo("/problems/insufficient-stock"));
    assertThat(shop.reserved(sku)).isEqualTo(6);
    shop.as(customer).get(Orders.CART).then().body("items[0].quantity", equalTo(6));

    shop.as(customer).delete(Orders.CART + "/items/{id}", itemId).then().statusCode(204);
    assertThat(shop.reserved(sku)).isZero();
    assertThat(shop.onHand(sku)).isEqualTo(10);
    shop.as(customer).get(Orders.CART).then().statusCode(200).body("items.size()", equalTo(0));
    shop.as(customer).delete(Orders.CART + "/items/{id}", itemId).then().statusCode(404);
    shop.assertLedgerConsistent();
  }

  @Test
  void aCustomerHasOneActiveCartEvenWhenAddingFromManyRequestsAtOnce() throws Exception {
    long customer = Shop.nextUserId();
    String token = Tokens.customer(customer);
    List<Callable<HttpResponse<String>>> adds = new ArrayList<>();
    for (int i = 0; i < 10; i++) {
      String sku = shop.newSku(5, 100);
      adds.add(() -> Orders.post(Orders.CART + "/items", token, null, Shop.json(line(sku, 1))));
    }

    List<HttpResponse<String>> answers = Orders.concurrently(adds);

    assertThat(answers).allSatisfy(answer -> assertThat(answer.statusCode()).isEqualTo(201));
    JsonPath cart = shop.as(token).get(Orders.CART).then().statusCode(200).extract().jsonPath();
    assertThat(cart.getList("items")).hasSize(10);
    try (Connection db = Environment.primary();
        PreparedStatement count =
            db.prepareStatement(
                "SELECT count(*) FROM orders.cart WHERE customer_id = ? AND status = 'ACTIVE'")) {
      count.setLong(1, customer);
      try (ResultSet rs = count.executeQuery()) {
        rs.next();
        assertThat(rs.getInt(1)).isEqualTo(1);
      }
    }
  }

  @Test
  void badCartRequestsAreClearProblemsAndChangeNothing() {
    String sku = shop.newSku(3, 100);
    Shop.Sku deleted = shop.newSku(3, 100, false);
    shop.deleteProduct(deleted.productId());
    String customer = Shop.newCustomer();
    String itemId =
        Orders.addToCart(shop, customer, sku, 1).then().statusCode(201).extract().path("id");

    Orders.addToCart(shop, customer, sku, 1)
        .then()
        .statusCode(409)
        .body("type", equalTo("/problems/already-in-cart"))
        .body("itemId", equalTo(itemId));
    Orders.addToCart(shop, Shop.newCustomer(), sku, 3)
        .then()
        .statusCode(409)
        .body("type", equalTo("/problems/insufficient-stock"))
        .body("shortLines[0].available", equalTo(2));
    Orders.addToCart(shop, customer, "NO-SUCH-SKU", 1)
        .then()
        .statusCode(422)
        .body("type", equalTo("/problems/unknown-sku"));
    Orders.addToCart(shop, customer, deleted.code(), 1)
        .then()
        .statusCode(422)
        .body("type", equalTo("/problems/not-for-sale"));
    Orders.addToCart(shop, customer, sku, 0)
        .then()
        .statusCode(400)
        .body("errors.field", hasItem("quantity"));
    shop.as(customer)
        .body("{\"quantity\": 1}")
        .post(Orders.CART + "/items")
        .then()
        .statusCode(400)
        .body("errors.field", hasItem("sku"));
    String stranger = Shop.newCustomer();
    changeQuantity(stranger, itemId, 2).then().statusCode(404);
    shop.as(stranger).delete(Orders.CART + "/items/{id}", itemId).then().statusCode(404);
    shop.as(stranger).get(Orders.CART + "/items/{id}", itemId).then().statusCode(404);
    Orders.addToCart(shop, Shop.MANAGER, sku, 1).then().statusCode(403);

    assertThat(shop.reserved(sku)).isEqualTo(1);
    shop.as(customer).get(Orders.CART).then().body("items.size()", equalTo(1));
  }

  @Test
  void checkoutTurnsTheHoldsIntoOneOrderAndStartsAFreshCart() {
    String tea = shop.newSku(10, 450);
    String mug = shop.newSku(2, 1200);
    String customer = Shop.newCustomer();
    Orders.addToCart(shop, customer, tea, 4).then().statusCode(201);
    Orders.addToCart(shop, customer, mug, 2).then().statusCode(201);
    String cartId = shop.as(customer).get(Orders.CART).path("id");
    Orders.place(shop, Shop.newCustomer(), Orders.key(), Orders.lines(List.of(line(mug, 1))))
        .then()
        .statusCode(409)
        .body("shortLines[0].available", equalTo(0));

    Response order = Orders.place(shop, customer, Orders.key(), Orders.fromCart());

    order
        .then()
        .statusCode(201)
        .body("lines.sku", equalTo(List.of(tea, mug)))
        .body("lines.quantity", equalTo(List.of(4, 2)))
        .body("total.amount", equalTo(4 * 450 + 2 * 1200));
    assertThat(shop.onHand(tea)).isEqualTo(6);
    assertThat(shop.reserved(tea)).isZero();
    assertThat(shop.onHand(mug)).isZero();
    assertThat(shop.reserved(mug)).isZero();
    shop.as(customer)
        .get(Orders.CART)
        .then()
        .statusCode(200)
        .body("id", nullValue())
        .body("items.size()", equalTo(0));
    Orders.place(shop, customer, Orders.key(), Orders.fromCart())
        .then()
        .statusCode(409)
        .body("type", equalTo("/problems/cart-empty"));
    Orders.addToCart(shop, customer, tea, 1).then().statusCode(201);
    assertThat((String) shop.as(customer).get(Orders.CART).path("id")).isNotEqualTo(cartId);
    shop.assertLedgerConsistent();
  }

  @Test
  void concurrentCheckoutsOfOneCartMakeOneOrder() throws Exception {
    String sku = shop.newSku(10, 100);
    long customer = Shop.nextUserId();
    String token = Tokens.customer(customer);
    Orders.addToCart(shop, token, sku, 3).then().statusCode(201);
    List<Callable<HttpResponse<String>>> checkouts = new ArrayList<>();
    for (int i = 0; i < 10; i++) {
      String key = Orders.key();
      checkouts.add(() -> Orders.post(Orders.ORDERS, token, key, Orders.fromCart()));
    }

    List<HttpResponse<String>> answers = Orders.concurrently(checkouts);

    Set<Integer> statuses = new HashSet<>();
    answers.forEach(answer -> statuses.add(answer.statusCode()));
    assertThat(statuses).containsExactlyInAnyOrder(201, 409);
    assertThat(answers.stream().filter(a -> a.statusCode() == 201).count()).isEqualTo(1);
    assertThat(OrderConcurrencyIT.ordersOf(List.of(customer))).isEqualTo(1);
    assertThat(shop.onHand(sku)).isEqualTo(7);
    assertThat(shop.reserved(sku)).isZero();
  }

  private Response changeQuantity(String customer, String itemId, int quantity) {
    return shop.as(customer)
        .body(Shop.json(Map.of("quantity", quantity)))
        .patch(Orders.CART + "/items/{id}", itemId);
  }
}
