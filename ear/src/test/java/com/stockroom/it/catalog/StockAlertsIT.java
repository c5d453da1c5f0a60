package com.stockroom.it.catalog;

import static com.stockroom.it.catalog.Catalog.asManager;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;

import com.stockroom.it.Environment;
import com.stockroom.it.ServerTest;
import com.stockroom.it.Tokens;
import io.restassured.path.json.JsonPath;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Low-stock alerts: thresholds on SKUs, alerts tripped by stock falling below them or by raising
 * them above the stock, the list of what is tripped now by severity, and the events published to
 * the notifications outbox in the same transaction.
 */
class StockAlertsIT extends ServerTest {

  static String brand;
  static String otherBrand;
  static String category;

  @BeforeAll
  static void setUp() {
    brand = Catalog.brand(Catalog.unique("Alerts"));
    otherBrand = Catalog.brand(Catalog.unique("Calm"));
    category = Catalog.category(Catalog.unique("Alerts"), null);
  }

  private static String sku(String brandId, int stock) {
    String code = Catalog.unique("A");
    Catalog.simpleProduct("Alerting " + code, category, brandId, code, 350, stock);
    return code;
  }

  private static void thresholds(String code, Integer alert, Integer critical) {
    Map<String, Object> values = new HashMap<>();
    values.put("quantity", alert);
    values.put("critical", critical);
    asManager()
        .body(Map.of("alert", values))
        .patch("/api/catalog/skus/" + code)
        .then()
        .statusCode(200)
        .body("alert.quantity", equalTo(alert))
        .body("alert.critical", equalTo(critical));
  }

  private static JsonPath alerts(String token) {
    return Catalog.as(token)
        .get("/api/catalog/alerts?size=100")
        .then()
        .statusCode(200)
        .extract()
        .jsonPath();
  }

  private static Map<String, Object> alertOf(String code) {
    List<Map<String, Object>> items = alerts(Catalog.MANAGER).getList("items");
    return items.stream().filter(item -> code.equals(item.get("sku"))).findFirst().orElse(null);
  }

  @Test
  void fallingBelowThresholdsTripsAlertsWorstFirstAndRecoveringClearsThem() throws SQLException {
    String code = sku(brand, 20);
    thresholds(code, 10, 3);
    assertThat(alertOf(code)).as("20 is not below 10").isNull();

    Catalog.move(Catalog.MANAGER, code, -12, "sale").then().statusCode(201);
    Map<String, Object> low = alertOf(code);
    assertThat(low)
        .containsEntry("level", "LOW")
        .containsEntry("quantity", 8)
        .containsEntry("name", "Alerting " + code);
    assertThat(low.get("alert")).isEqualTo(Map.of("quantity", 10, "critical", 3));
    assertThat(low.get("price")).isEqualTo(Map.of("amount", 350, "currency", "EUR"));
    assertThat(low.get("created_at")).isNotNull();
    assertThat(low.get("brand")).isNotNull();

    Catalog.move(Catalog.MANAGER, code, -6, "sale").then().statusCode(201);
    assertThat(alertOf(code)).containsEntry("level", "CRITICAL").containsEntry("quantity", 2);
    List<String> levels = alerts(Catalog.MANAGER).getList("items.level");
    assertThat(levels.stream().map(StockAlertsIT::rank).toList())
        .as("critical first")
        .isSortedAccordingTo(java.util.Comparator.reverseOrder());

    Catalog.move(Catalog.MANAGER, code, 20, "restock").then().statusCode(201);
    assertThat(alertOf(code)).as("recovered").isNull();

    List<Map<String, Object>> events = events("inventory.low_stock", "sku:" + code);
    if (events != null) {
      assertThat(events).as("low, then critical: two alerts").hasSize(2);
      Map<String, Object> first = events.get(0);
      assertThat(first.keySet()).containsExactlyInAnyOrder("most_recent", "other");
      @SuppressWarnings("unchecked")
      Map<String, Object> item = (Map<String, Object>) first.get("most_recent");
      assertThat(item.keySet())
          .containsExactlyInAnyOrder(
              "id", "sku", "name", "brand", "price", "quantity", "alert", "created_at");
      assertThat(item).containsEntry("sku", code).containsEntry("quantity", 8);
    }
  }

  private static int rank(String level) {
    return "CRITICAL".equals(level) ? 2 : 1;
  }

  @Test
  void raisingAThresholdAboveTheStockTripsAnAlertAndOthersAreListedWithIt() throws SQLException {
    String earlier = sku(brand, 4);
    thresholds(earlier, 5, null);
    String code = sku(brand, 6);
    thresholds(code, 5, null);
    assertThat(alertOf(code)).isNull();
    thresholds(code, 8, null);
    assertThat(alertOf(code)).containsEntry("level", "LOW").containsEntry("quantity", 6);
    thresholds(code, 2, null);
    assertThat(alertOf(code)).as("lowered below the stock").isNull();

    asManager()
        .body("{\"alert\": {\"quantity\": 3, \"critical\": 5}}")
        .patch("/api/catalog/skus/" + code)
        .then()
        .statusCode(400)
        .body("errors.field", hasItem("alert"));
    asManager()
        .body("{\"alert\": {\"quantity\": 0}}")
        .patch("/api/catalog/skus/" + code)
        .then()
        .statusCode(400)
        .body("errors.field", hasItem("alert.quantity"));
    asManager()
        .body("{\"alert\": null}")
        .patch("/api/catalog/skus/" + code)
        .then()
        .statusCode(200)
        .body("alert.quantity", nullValue());

    List<Map<String, Object>> events = events("inventory.low_stock", "sku:" + code);
    if (events != null) {
      assertThat(events).hasSize(1);
      @SuppressWarnings("unchecked")
      List<Map<String, Object>> others = (List<Map<String, Object>>) events.get(0).get("other");
      assertThat(others)
          .extracting(other -> other.get("sku"))
          .contains(earlier)
          .doesNotContain(code);
    }
  }

  @Test
  void reachingZeroIsAnOutOfStockEventForTheBrand() throws SQLException {
    String code = sku(brand, 2);
    Catalog.move(Catalog.MANAGER, code, -2, "sale").then().statusCode(201);
    asManager().get("/api/catalog/stock/" + code).then().body("available", equalTo(0));
    Catalog.move(Catalog.MANAGER, code, 3, "restock").then().statusCode(201);
    Catalog.move(Catalog.MANAGER, code, -3, "adjustment").then().statusCode(201);

    List<Map<String, Object>> events = events("inventory.out_of_stock", "sku:" + code);
    if (events != null) {
      assertThat(events).as("each time it reaches zero").hasSize(2);
      assertThat(events.get(0))
          .containsEntry("sku", code)
          .containsKeys("productId", "name", "occurredAt");
      @SuppressWarnings("unchecked")
      Map<String, Object> eventBrand = (Map<String, Object>) events.get(0).get("brand");
      assertThat(eventBrand).containsEntry("id", brand);
      assertThat(recipients("inventory.out_of_stock", "sku:" + code))
          .allMatch(emails -> emails.contains(((String) eventBrand.get("contactEmail"))));
    }
  }

  @Test
  void aBrandSeesOnlyItsOwnAlertsAndCustomersNone() {
    String own = sku(brand, 1);
    thresholds(own, 5, null);
    String rival = sku(otherBrand, 1);
    thresholds(rival, 5, null);
    String brandUser = Tokens.brand(Catalog.nextUserId(), Long.parseLong(brand));
    // The brand user made no change: its reads may trail the manager's changes by a moment.
    Catalog.awaitReadable(brandUser, "/api/catalog/stock/" + own).then().statusCode(200);
    List<String> seen =
        Await.value(
            Duration.ofSeconds(10),
            () -> alerts(brandUser).getList("items.sku", String.class),
            skus -> skus.contains(own));
    assertThat(seen).contains(own).doesNotContain(rival);
    Catalog.as(Tokens.customer(Catalog.nextUserId()))
        .get("/api/catalog/alerts")
        .then()
        .statusCode(403);
    asManager().get("/api/catalog/alerts?size=0").then().statusCode(400);
  }

  /**
   * The payloads of the events of a type about a subject in the notifications outbox, oldest first;
   * {@code null} while the outbox is not deployed.
   */
  static List<Map<String, Object>> events(String type, String subject) throws SQLException {
    List<Map<String, Object>> payloads = new ArrayList<>();
    try (Connection primary = Environment.primary()) {
      if (!outboxExists(primary)) {
        return null;
      }
      try (PreparedStatement query =
          primary.prepareStatement(
              "SELECT payload FROM notifications.outbox_event WHERE type = ? AND subject = ?"
                  + " ORDER BY occurred_at")) {
        query.setString(1, type);
        query.setString(2, subject);
        try (ResultSet rs = query.executeQuery()) {
          while (rs.next()) {
            payloads.add(JsonPath.from(rs.getString(1)).getMap(""));
          }
        }
      }
    }
    return payloads;
  }

  static List<String> recipients(String type, String subject) throws SQLException {
    List<String> recipients = new ArrayList<>();
    try (Connection primary = Environment.primary();
        PreparedStatement query =
            primary.prepareStatement(
                "SELECT recipient_emails FROM notifications.outbox_event WHERE type = ? AND subject = ?")) {
      query.setString(1, type);
      query.setString(2, subject);
      try (ResultSet rs = query.executeQuery()) {
        while (rs.next()) {
          recipients.add(rs.getString(1));
        }
      }
    }
    return recipients;
  }

  private static boolean outboxExists(Connection primary) throws SQLException {
    try (ResultSet rs =
        primary.getMetaData().getTables(null, "notifications", "outbox_event", null)) {
      return rs.next();
    }
  }
}
