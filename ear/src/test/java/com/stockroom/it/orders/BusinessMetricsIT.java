package com.stockroom.it.orders;

import static com.stockroom.it.orders.Orders.line;
import static com.stockroom.it.orders.Orders.lines;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.stockroom.it.Environment;
import com.stockroom.it.ServerTest;
import com.stockroom.it.Tokens;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The Prometheus endpoint at the management port's {@code /metrics}: the server's own metrics and
 * the shop's (orders placed and refused, stock lock waits, listing cache hits, outbox backlog and
 * dead deliveries, replica state), moving as the shop works.
 */
class BusinessMetricsIT extends ServerTest {

  private final Shop shop = Shop.suite();

  @Test
  void theServersOwnMetricsAndTheShopsAreServedInPrometheusFormat() {
    String metrics = scrape();
    assertThat(metrics).contains("# TYPE ").contains("jvm_memory_used_bytes");
    assertThat(value(metrics, "stockroom_replica_up", "")).isEqualTo(1.0);
    assertThat(value(metrics, "stockroom_replica_lag_bytes", "")).isGreaterThanOrEqualTo(0);
    await()
        .atMost(Duration.ofSeconds(15))
        .until(() -> value(scrape(), "stockroom_outbox_backlog", "") >= 0);
    assertThat(value(scrape(), "stockroom_deliveries_dead", "")).isGreaterThanOrEqualTo(0);
  }

  @Test
  void placedAndRefusedOrdersAndStockLockWaitsAreCounted() {
    String sku = shop.newSku(1, 500);
    String before = scrape();

    String key = Orders.key();
    Orders.place(shop, Shop.newCustomer(), key, lines(List.of(line(sku, 1))))
        .then()
        .statusCode(201);
    Orders.place(shop, Shop.newCustomer(), Orders.key(), lines(List.of(line(sku, 1))))
        .then()
        .statusCode(409);

    String after = scrape();
    assertThat(delta(before, after, "stockroom_orders_placed_total", "")).isGreaterThanOrEqualTo(1);
    assertThat(
            delta(before, after, "stockroom_orders_refused_total", "reason=\"insufficient-stock\""))
        .isGreaterThanOrEqualTo(1);
    assertThat(delta(before, after, "stockroom_stock_lock_wait_seconds_count", ""))
        .isGreaterThanOrEqualTo(2);
  }

  @Test
  void listingCacheHitsAndMissesMakeTheHitRatio() {
    String listing = "/api/catalog/products?size=7&sort=newest";
    String before = scrape();
    given().get(listing).then().statusCode(200);
    given().get(listing).then().statusCode(200);
    given().get(listing).then().statusCode(200);

    String after = scrape();
    assertThat(delta(before, after, "stockroom_catalog_cache_requests_total", "result=\"hit\""))
        .isGreaterThanOrEqualTo(2);
    assertThat(value(after, "stockroom_catalog_cache_hit_ratio", "")).isBetween(0.0, 1.0);
  }

  @Test
  void aTokenIsVerifiedOnceAndItsRepeatsAreAnsweredFromTheCache() {
    String token = Tokens.customer(Shop.nextUserId());
    String before = scrape();
    for (int request = 0; request < 3; request++) {
      given().auth().oauth2(token).get("/api/orders/orders").then().statusCode(200);
    }

    String after = scrape();
    assertThat(delta(before, after, "stockroom_tokens_checks_total", "")).isGreaterThanOrEqualTo(3);
    // Other tests' requests may run meanwhile, but this token's repeats are not verified again.
    assertThat(delta(before, after, "stockroom_tokens_verifications_total", ""))
        .isLessThanOrEqualTo(delta(before, after, "stockroom_tokens_checks_total", "") - 2);
    assertThat(value(after, "stockroom_tokens_verified", "")).isGreaterThanOrEqualTo(1);
  }

  private static String scrape() {
    return given()
        .baseUri(Environment.managementUri())
        .port(Environment.managementPort())
        .get("/metrics")
        .then()
        .statusCode(200)
        .extract()
        .asString();
  }

  private static double delta(String before, String after, String name, String label) {
    return value(after, name, label) - value(before, name, label);
  }

  /** The sum of the samples named {@code name} whose labels contain {@code label} (0: none). */
  private static double value(String metrics, String name, String label) {
    return metrics
        .lines()
        .filter(line -> !line.startsWith("#"))
        .filter(line -> line.startsWith(name + " ") || line.startsWith(name + "{"))
        .filter(line -> line.contains(label))
        .mapToDouble(line -> Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1)))
        .sum();
  }
}
