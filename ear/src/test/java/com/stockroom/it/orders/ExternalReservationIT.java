package com.stockroom.it.orders;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import com.stockroom.it.ServerTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * SKUs that an external service reserves (slowly): the cart answers at once with the item pending,
 * a durable job asks the service with retries, and the cart shows the reservation or the failure.
 */
class ExternalReservationIT extends ServerTest {

  private static ReservationService service;
  private final Shop shop = Shop.suite();

  @BeforeAll
  static void startService() {
    service = ReservationService.forSuite();
  }

  @AfterAll
  static void stopService() {
    service.close();
  }

  @Test
  void aSlowReservationAnswersAtOnceAndShowsItsIdWhenTheServiceHasAnswered() {
    String sku = shop.newExternalSku(2500);
    String customer = Shop.newCustomer();
    service.reserves(sku, "R-" + sku, 35_000);

    long started = System.nanoTime();
    Response added = Orders.addToCart(shop, customer, sku, 2);
    long tookMillis = (System.nanoTime() - started) / 1_000_000;

    added.then().statusCode(202).body("state", equalTo("PENDING"));
    assertThat(tookMillis).as("the add does not wait for the service").isLessThan(1000);
    Orders.place(shop, customer, Orders.key(), Orders.fromCart())
        .then()
        .statusCode(409)
        .header("Retry-After", "5")
        .body("type", equalTo("/problems/reservation-pending"))
        .body("skus", equalTo(List.of(sku)));

    JsonPath item = awaitItemState(customer, "RESERVED", Duration.ofSeconds(90));
    assertThat(item.getString("reservationId")).isEqualTo("R-" + sku);
    List<LoggedRequest> asked = service.requestsFor(sku);
    assertThat(asked).hasSize(1);
    assertThat(ReservationService.asks(asked.get(0), sku, 2)).isTrue();
    assertThat(asked.get(0).getHeader("Idempotency-Key")).startsWith("stockroom-reservation-");

    Orders.place(shop, customer, Orders.key(), Orders.fromCart())
        .then()
        .statusCode(201)
        .body("lines[0].sku", equalTo(sku))
        .body("lines[0].reservationId", equalTo("R-" + sku))
        .body("lines[0].unitPrice.amount", equalTo(2500))
        .body("total.amount", equalTo(5000));
  }

  @Test
  void aRefusalShowsItsReasonStopsTheCheckoutAndAChangeAsksAgain() {
    String sku = shop.newExternalSku(900);
    String customer = Shop.newCustomer();
    service.refuses(sku, 409, "sold out at the supplier");
    String itemId =
        Orders.addToCart(shop, customer, sku, 1).then().statusCode(202).extract().path("id");

    JsonPath item = awaitItemState(customer, "FAILED", Duration.ofSeconds(30));
    assertThat(item.getString("failureReason"))
        .contains("409")
        .contains("sold out at the supplier");
    assertThat(service.requestsFor(sku)).hasSize(1);
    Orders.place(shop, customer, Orders.key(), Orders.fromCart())
        .then()
        .statusCode(409)
        .body("type", equalTo("/problems/reservation-failed"));

    service.reserves(sku, "R2-" + sku, 0);
    shop.as(customer)
        .body(Shop.json(Map.of("quantity", 1)))
        .patch(Orders.CART + "/items/{id}", itemId)
        .then()
        .statusCode(202)
        .body("state", equalTo("PENDING"));
    assertThat(
            awaitItemState(customer, "RESERVED", Duration.ofSeconds(30)).getString("reservationId"))
        .isEqualTo("R2-" + sku);
  }

  @Test
  void failuresAreRetriedWithBackoffUntilTheServiceReserves() {
    String sku = shop.newExternalSku(900);
    String customer = Shop.newCustomer();
    service.failsThenReserves(sku, 2, "R3-" + sku);

    Orders.addToCart(shop, customer, sku, 3).then().statusCode(202);

    assertThat(
            awaitItemState(customer, "RESERVED", Duration.ofSeconds(30)).getString("reservationId"))
        .isEqualTo("R3-" + sku);
    List<LoggedRequest> asked = service.requestsFor(sku);
    assertThat(asked).hasSize(3);
    assertThat(asked.stream().map(r -> r.getHeader("Idempotency-Key")).distinct()).hasSize(1);
    // The first retry waits the configured initial delay, scaled by a jitter of at least 0.5.
    long initialDelayMillis =
        Duration.parse(System.getProperty("it.reservation.retry.initial.delay")).toMillis();
    assertThat(asked.get(1).getLoggedDate().getTime() - asked.get(0).getLoggedDate().getTime())
        .as("backoff between attempts")
        .isGreaterThanOrEqualTo(initialDelayMillis / 2);
  }

  @Test
  void aServiceThatKeepsFailingEndsInFailedAfterTheLastAttempt() {
    String sku = shop.newExternalSku(900);
    String customer = Shop.newCustomer();
    service.failsThenReserves(sku, 10, "never");

    Orders.addToCart(shop, customer, sku, 1).then().statusCode(202);

    JsonPath item = awaitItemState(customer, "FAILED", Duration.ofSeconds(30));
    assertThat(item.getString("failureReason")).startsWith("no answer after 3 attempts");
    assertThat(service.requestsFor(sku)).hasSize(3);
  }

  @Test
  void removingAPendingItemDropsItsLateAnswer() {
    String sku = shop.newExternalSku(900);
    String customer = Shop.newCustomer();
    service.reserves(sku, "LATE-" + sku, 3_000);
    String itemId =
        Orders.addToCart(shop, customer, sku, 1).then().statusCode(202).extract().path("id");
    await().atMost(Duration.ofSeconds(20)).until(() -> service.requestsFor(sku).size() == 1);

    shop.as(customer).delete(Orders.CART + "/items/{id}", itemId).then().statusCode(204);

    // The service answers 3 s after it was asked; the cancelled job stays cancelled after that.
    await()
        .during(Duration.ofSeconds(4))
        .atMost(Duration.ofSeconds(20))
        .until(() -> jobState(sku).equals("CANCELLED"));
    shop.as(customer).get(Orders.CART).then().body("items.size()", equalTo(0));
  }

  private static String jobState(String sku) throws Exception {
    try (var db = com.stockroom.it.Environment.primary();
        var query = db.prepareStatement("SELECT state FROM orders.reservation_job WHERE sku = ?")) {
      query.setString(1, sku);
      try (var rs = query.executeQuery()) {
        return rs.next() ? rs.getString(1) : "";
      }
    }
  }

  private JsonPath awaitItemState(String customer, String state, Duration limit) {
    JsonPath[] last = new JsonPath[1];
    await()
        .atMost(limit)
        .pollInterval(Duration.ofMillis(250))
        .until(
            () -> {
              last[0] =
                  shop.as(customer)
                      .get(Orders.CART)
                      .then()
                      .statusCode(200)
                      .extract()
                      .jsonPath()
                      .setRootPath("items[0]");
              return state.equals(last[0].getString("state"));
            });
    return last[0];
  }
}
