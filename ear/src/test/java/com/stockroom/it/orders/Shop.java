package com.stockroom.it.orders;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.stockroom.it.Environment;
import com.stockroom.it.Tokens;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import jakarta.json.Json;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The shop the orders tests buy from: products and stock made through the catalog's staff API (on
 * the suite server, or on another node given by its base URI), and the catalog's own view of stock,
 * ledger and consistency to check what orders did to them.
 */
final class Shop {

  private static final AtomicLong USERS =
      new AtomicLong(5_000_000 + ThreadLocalRandom.current().nextLong(1_000_000) * 100);

  static final String MANAGER = Tokens.manager(nextUserId());

  /** The HTTP port of the server, or {@code null} for the suite server. */
  private final Integer port;

  private String brandId;
  private String categoryId;

  private Shop(Integer port) {
    this.port = port;
  }

  /** The shop of the suite server. */
  static Shop suite() {
    return new Shop(null);
  }

  /** The shop of another server on this machine (with its own database). */
  static Shop at(int httpPort) {
    return new Shop(httpPort);
  }

  static long nextUserId() {
    return USERS.incrementAndGet();
  }

  static String newCustomer() {
    return Tokens.customer(nextUserId());
  }

  static String unique(String prefix) {
    return prefix + "-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
  }

  static String json(Map<String, ?> body) {
    return Json.createObjectBuilder(body).build().toString();
  }

  RequestSpecification as(String token) {
    RequestSpecification request = given().contentType(ContentType.JSON).auth().oauth2(token);
    return port == null ? request : request.port(port);
  }

  RequestSpecification asManager() {
    return as(MANAGER);
  }

  /** A request without a token, as a visitor browsing the catalog makes it. */
  RequestSpecification anonymous() {
    RequestSpecification request = given().contentType(ContentType.JSON);
    return port == null ? request : request.port(port);
  }

  /** The brand of the SKUs this shop made (null before the first). */
  String brandId() {
    return brandId;
  }

  /** A new product with one SKU: its code. */
  String newSku(int stock, long price) {
    return newSku(stock, price, false).code();
  }

  /** A new product with one SKU fulfilled by the external reservation service: its code. */
  String newExternalSku(long price) {
    return newSku(0, price, true).code();
  }

  record Sku(String code, String productId) {}

  synchronized Sku newSku(int stock, long price, boolean external) {
    if (brandId == null) {
      String name = unique("Brand");
      brandId =
          asManager()
              .body(
                  json(Map.of("name", name, "contactEmail", name.toLowerCase() + "@example.test")))
              .post("/api/catalog/brands")
              .then()
              .statusCode(201)
              .extract()
              .path("id");
      categoryId =
          asManager()
              .body(json(Map.of("name", unique("Category"))))
              .post("/api/catalog/categories")
              .then()
              .statusCode(201)
              .extract()
              .path("id");
    }
    String code = unique("SKU");
    String productId =
        asManager()
            .body(
                json(
                    Map.of(
                        "name",
                        "Product " + code,
                        "categoryId",
                        categoryId,
                        "brandId",
                        brandId,
                        "skus",
                        List.of(
                            Map.of(
                                "sku",
                                code,
                                "price",
                                Map.of("amount", price, "currency", "EUR"),
                                "initialStock",
                                stock,
                                "externallyFulfilled",
                                external)))))
            .post("/api/catalog/products")
            .then()
            .statusCode(201)
            .extract()
            .path("id");
    return new Sku(code, productId);
  }

  /**
   * Waits until the read replica has replayed everything committed so far. Staff reads of stock are
   * served by the replica (only the writer of a change is routed to the primary until the replica
   * shows it), and these tests check the effects of other users' orders. The target is the WAL
   * insert position: the test cluster commits asynchronously, so the last commit records may not be
   * written out yet, and the write position ({@code pg_current_wal_lsn}) can lie before them.
   */
  static void settle() {
    try (Connection primary = Environment.primary();
        Connection replica = Environment.replica();
        Statement onPrimary = primary.createStatement();
        PreparedStatement replayed =
            replica.prepareStatement("SELECT pg_last_wal_replay_lsn() >= CAST(? AS pg_lsn)")) {
      String written;
      try (ResultSet rs = onPrimary.executeQuery("SELECT pg_current_wal_insert_lsn()::text")) {
        rs.next();
        written = rs.getString(1);
      }
      replayed.setString(1, written);
      await()
          .atMost(Duration.ofSeconds(15))
          .pollInterval(Duration.ofMillis(20))
          .until(
              () -> {
                try (ResultSet rs = replayed.executeQuery()) {
                  return rs.next() && rs.getBoolean(1);
                }
              });
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  JsonPath stock(String code) {
    settle();
    return asManager()
        .get("/api/catalog/stock/{sku}", code)
        .then()
        .statusCode(200)
        .extract()
        .jsonPath();
  }

  int onHand(String code) {
    return stock(code).getInt("onHand");
  }

  int reserved(String code) {
    return stock(code).getInt("reserved");
  }

  int available(String code) {
    return stock(code).getInt("available");
  }

  /** The SKU's whole ledger, oldest first. */
  List<Map<String, Object>> ledger(String code) {
    settle();
    List<Map<String, Object>> rows = new ArrayList<>();
    for (int page = 1; ; page++) {
      JsonPath body =
          asManager()
              .queryParam("page", page)
              .queryParam("size", 100)
              .get("/api/catalog/stock/{sku}/ledger", code)
              .then()
              .statusCode(200)
              .extract()
              .jsonPath();
      rows.addAll(0, body.getList("items"));
      if (page >= body.getInt("totalPages")) {
        break;
      }
    }
    // Pages are newest first; make the whole list oldest first.
    List<Map<String, Object>> oldestFirst = new ArrayList<>(rows);
    oldestFirst.sort(
        (a, b) ->
            Long.compare(
                Long.parseLong((String) a.get("id")), Long.parseLong((String) b.get("id"))));
    return oldestFirst;
  }

  /** The catalog's check of every SKU's stock against its ledger and holds. */
  void assertLedgerConsistent() {
    settle();
    Response report = asManager().get("/api/catalog/stock/consistency");
    report.then().statusCode(200);
    assertThat(report.jsonPath().getBoolean("consistent"))
        .as("ledger consistency: %s", report.asString())
        .isTrue();
  }

  void setPrice(String code, long amount) {
    asManager()
        .body(json(Map.of("price", Map.of("amount", amount))))
        .patch("/api/catalog/skus/{sku}", code)
        .then()
        .statusCode(200);
  }

  void restock(String code, int units) {
    asManager()
        .body(json(Map.of("sku", code, "deltaQuantity", units, "reason", "RESTOCK")))
        .post("/api/catalog/stock/movements")
        .then()
        .statusCode(201);
  }

  void deleteProduct(String productId) {
    asManager().delete("/api/catalog/products/{id}", productId).then().statusCode(204);
  }
}
