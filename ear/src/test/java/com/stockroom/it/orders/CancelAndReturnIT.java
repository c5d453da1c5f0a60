package com.stockroom.it.orders;

import static com.stockroom.it.orders.Orders.line;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import com.stockroom.it.ServerTest;
import io.restassured.response.Response;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Cancelling puts stock back through the ledger; returns of delivered goods may restock. */
class CancelAndReturnIT extends ServerTest {

  private final Shop shop = Shop.suite();

  @Test
  void cancellingPutsTheStockBackThroughTheLedgerOnce() throws Exception {
    String tea = shop.newSku(10, 450);
    String mug = shop.newSku(4, 900);
    String customer = Shop.newCustomer();
    String orderId = Orders.placed(shop, customer, List.of(line(tea, 3), line(mug, 4)));
    assertThat(shop.onHand(tea)).isEqualTo(7);
    assertThat(shop.onHand(mug)).isZero();

    shop.as(customer)
        .body(Shop.json(Map.of("reason", "Ordered the wrong size")))
        .post(Orders.ORDERS + "/{id}/cancel", orderId)
        .then()
        .statusCode(200)
        .body("status", equalTo("CANCELLED"))
        .body("history[-1].kind", equalTo("CANCELLED"))
        .body("history[-1].from", equalTo("WAITING"))
        .body("history[-1].note", equalTo("Ordered the wrong size"));

    assertThat(shop.onHand(tea)).isEqualTo(10);
    assertThat(shop.onHand(mug)).isEqualTo(4);
    Map<String, Object> back = shop.ledger(tea).get(shop.ledger(tea).size() - 1);
    assertThat(back)
        .containsEntry("reason", "CANCELLATION")
        .containsEntry("deltaQuantity", 3)
        .containsEntry("reference", "order:" + orderId);
    assertThat(OrderWorkflowIT.outboxTypes(orderId))
        .containsExactly("order.placed", "order.cancelled");

    Orders.cancel(shop, customer, orderId)
        .then()
        .statusCode(409)
        .body("type", equalTo("/problems/transition-not-allowed"));
    assertThat(shop.onHand(tea)).isEqualTo(10);
    shop.assertLedgerConsistent();
  }

  @Test
  void deliveredGoodsComeBackWithOrWithoutRestock() {
    String sku = shop.newSku(20, 450);
    String other = shop.newSku(20, 100);
    String customer = Shop.newCustomer();
    String orderId = Orders.placed(shop, customer, List.of(line(sku, 5), line(other, 1)));
    Orders.move(shop, orderId, "PREPARATION").then().statusCode(200);
    Orders.move(shop, orderId, "READY").then().statusCode(200);
    Orders.move(shop, orderId, "DELIVERED").then().statusCode(200);
    assertThat(shop.onHand(sku)).isEqualTo(15);

    Response restocked = recordReturn(orderId, List.of(line(sku, 2)), true, "unopened");
    restocked
        .then()
        .statusCode(201)
        .header("Location", containsString("/api/orders/orders/" + orderId + "/returns/"))
        .body("lines[0].sku", equalTo(sku))
        .body("lines[0].quantity", equalTo(2))
        .body("restock", equalTo(true));
    assertThat(shop.onHand(sku)).isEqualTo(17);
    assertThat(shop.ledger(sku).get(shop.ledger(sku).size() - 1))
        .containsEntry("reason", "RETURN")
        .containsEntry("deltaQuantity", 2);
    shop.asManager()
        .get(restocked.header("Location"))
        .then()
        .statusCode(200)
        .body("id", equalTo(restocked.path("id")));

    recordReturn(orderId, List.of(line(sku, 3)), false, "damaged").then().statusCode(201);
    assertThat(shop.onHand(sku)).isEqualTo(17);

    recordReturn(orderId, List.of(line(sku, 1)), true, null)
        .then()
        .statusCode(400)
        .body("errors.field", hasItem("lines[0].quantity"));
    recordReturn(orderId, List.of(line(other, 2)), true, null)
        .then()
        .statusCode(400)
        .body("errors.field", hasItem("lines[0].quantity"));
    recordReturn(orderId, List.of(line("NOT-IN-ORDER", 1)), true, null)
        .then()
        .statusCode(400)
        .body("errors.field", hasItem("lines[0].sku"));
    shop.as(customer)
        .body(Shop.json(Map.of("lines", List.of(line(other, 1)), "restock", true)))
        .post(Orders.ORDERS + "/{id}/returns", orderId)
        .then()
        .statusCode(403);

    shop.as(customer)
        .get(Orders.ORDERS + "/{id}", orderId)
        .then()
        .statusCode(200)
        .body("status", equalTo("DELIVERED"))
        .body("lines.find { it.sku == '" + sku + "' }.returnedQuantity", equalTo(5))
        .body("returns.size()", equalTo(2))
        .body(
            "history.kind",
            equalTo(List.of("PLACED", "STATUS", "STATUS", "STATUS", "RETURN", "RETURN")));
    shop.assertLedgerConsistent();
  }

  @Test
  void onlyDeliveredOrdersTakeReturns() {
    String sku = shop.newSku(5, 450);
    String orderId = Orders.placed(shop, Shop.newCustomer(), List.of(line(sku, 1)));

    recordReturn(orderId, List.of(line(sku, 1)), true, null)
        .then()
        .statusCode(409)
        .body("type", equalTo("/problems/order-not-delivered"));
    assertThat(shop.onHand(sku)).isEqualTo(4);
  }

  private Response recordReturn(
      String orderId, List<Map<String, Object>> lines, boolean restock, String note) {
    Map<String, Object> body =
        note == null
            ? Map.of("lines", lines, "restock", restock)
            : Map.of("lines", lines, "restock", restock, "note", note);
    return shop.asManager().body(Shop.json(body)).post(Orders.ORDERS + "/{id}/returns", orderId);
  }
}
