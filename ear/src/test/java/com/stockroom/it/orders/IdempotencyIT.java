package com.stockroom.it.orders;

import static com.stockroom.it.orders.Orders.line;
import static com.stockroom.it.orders.Orders.lines;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import com.stockroom.it.ServerTest;
import com.stockroom.it.Tokens;
import io.restassured.response.Response;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.junit.jupiter.api.Test;

/** Retrying an order with its Idempotency-Key never orders twice and always answers the same. */
class IdempotencyIT extends ServerTest {

  private final Shop shop = Shop.suite();

  @Test
  void fiftyConcurrentRequestsWithOneKeyMakeOneOrderAndGetIdenticalAnswers() throws Exception {
    String sku = shop.newSku(100, 700);
    long customer = Shop.nextUserId();
    String token = Tokens.customer(customer);
    String key = Orders.key();
    String body = lines(List.of(line(sku, 3)));
    List<Callable<HttpResponse<String>>> duplicates = new ArrayList<>();
    for (int i = 0; i < 50; i++) {
      duplicates.add(() -> Orders.post(Orders.ORDERS, token, key, body));
    }

    List<HttpResponse<String>> answers = Orders.concurrently(duplicates);

    HttpResponse<String> first = answers.get(0);
    assertThat(first.statusCode()).isEqualTo(201);
    for (HttpResponse<String> answer : answers) {
      assertThat(answer.statusCode()).isEqualTo(201);
      assertThat(answer.body()).isEqualTo(first.body());
      assertThat(answer.headers().firstValue("Location"))
          .isEqualTo(first.headers().firstValue("Location"));
    }
    assertThat(
            answers.stream()
                .filter(a -> a.headers().firstValue("Idempotent-Replayed").isEmpty())
                .count())
        .as("exactly one answer is not a replay")
        .isEqualTo(1);
    assertThat(OrderConcurrencyIT.ordersOf(List.of(customer))).isEqualTo(1);
    assertThat(shop.onHand(sku)).isEqualTo(97);
  }

  @Test
  void aLaterRetryGetsTheFirstAnswerByteForByte() {
    String sku = shop.newSku(10, 700);
    String customer = Shop.newCustomer();
    String key = Orders.key();
    String body = lines(List.of(line(sku, 1)));
    Response first = Orders.place(shop, customer, key, body);
    first.then().statusCode(201);

    Response retry = Orders.place(shop, customer, key, body);

    retry.then().statusCode(201).header("Idempotent-Replayed", "true");
    assertThat(retry.asString()).isEqualTo(first.asString());
    assertThat(retry.header("Location")).isEqualTo(first.header("Location"));
    assertThat(shop.onHand(sku)).isEqualTo(9);
  }

  @Test
  void theSameKeyWithAnotherBodyIs422AndChangesNothing() {
    String sku = shop.newSku(10, 700);
    String customer = Shop.newCustomer();
    String key = Orders.key();
    Orders.place(shop, customer, key, lines(List.of(line(sku, 1)))).then().statusCode(201);

    Orders.place(shop, customer, key, lines(List.of(line(sku, 2))))
        .then()
        .statusCode(422)
        .body("type", equalTo("/problems/idempotency-key-reused"));
    Orders.place(shop, customer, key, Orders.fromCart()).then().statusCode(422);

    assertThat(shop.onHand(sku)).isEqualTo(9);
    shop.as(customer).get(Orders.ORDERS).then().body("totalItems", equalTo(1));
  }

  @Test
  void keysBelongToTheirCustomer() {
    String sku = shop.newSku(10, 700);
    String key = Orders.key();
    String body = lines(List.of(line(sku, 1)));
    String one = Orders.place(shop, Shop.newCustomer(), key, body).path("id");
    String other = Orders.place(shop, Shop.newCustomer(), key, body).path("id");

    assertThat(other).isNotEqualTo(one);
    assertThat(shop.onHand(sku)).isEqualTo(8);
  }

  @Test
  void aRefusalIsTheKeysAnswerTooEvenAfterTheShopChanged() {
    String sku = shop.newSku(1, 700);
    String customer = Shop.newCustomer();
    String key = Orders.key();
    String body = lines(List.of(line(sku, 2)));
    Response refused = Orders.place(shop, customer, key, body);
    refused.then().statusCode(409).body("type", equalTo("/problems/insufficient-stock"));

    shop.restock(sku, 10);
    Response retry = Orders.place(shop, customer, key, body);

    retry.then().statusCode(409).header("Idempotent-Replayed", "true");
    assertThat(retry.asString()).isEqualTo(refused.asString());
    Orders.place(shop, customer, Orders.key(), body).then().statusCode(201);
    assertThat(shop.onHand(sku)).isEqualTo(9);
  }
}
