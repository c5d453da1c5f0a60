package com.stockroom.it.catalog;

import static io.restassured.RestAssured.given;

import com.stockroom.it.Tokens;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;

/** Test data made through the staff API, with names unique to the run. */
final class Catalog {

  private static final AtomicLong USERS =
      new AtomicLong(900_000 + (System.nanoTime() % 10_000) * 10);

  static final String MANAGER = Tokens.manager(nextUserId());

  private Catalog() {}

  static long nextUserId() {
    return USERS.incrementAndGet();
  }

  static String unique(String prefix) {
    return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
  }

  /** A request without a token, with a JSON body. */
  static RequestSpecification anonymous() {
    return given().contentType(ContentType.JSON);
  }

  static RequestSpecification asManager() {
    return as(MANAGER);
  }

  static RequestSpecification as(String token) {
    return anonymous().auth().oauth2(token);
  }

  static String brand(String name) {
    return asManager()
        .body(Map.of("name", name, "contactEmail", name.toLowerCase() + "@brands.example.test"))
        .post("/api/catalog/brands")
        .then()
        .statusCode(201)
        .extract()
        .path("id");
  }

  static String category(String name, String parentId) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("name", name);
    if (parentId != null) {
      body.put("parentId", parentId);
    }
    return asManager()
        .body(body)
        .post("/api/catalog/categories")
        .then()
        .statusCode(201)
        .extract()
        .path("id");
  }

  /** A SKU of a new product: code, price in minor units (EUR), initial stock. */
  static Map<String, Object> sku(
      String code, long price, int stock, Map<String, String> attributes) {
    Map<String, Object> sku = new LinkedHashMap<>();
    sku.put("sku", code);
    sku.put("price", Map.of("amount", price, "currency", "EUR"));
    sku.put("initialStock", stock);
    if (attributes != null) {
      sku.put("attributes", attributes);
    }
    return sku;
  }

  static Response createProduct(
      String name,
      String description,
      String categoryId,
      String brandId,
      List<Map<String, Object>> skus) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("name", name);
    body.put("description", description);
    body.put("categoryId", categoryId);
    body.put("brandId", brandId);
    body.put("skus", skus);
    return asManager().body(body).post("/api/catalog/products");
  }

  /** A product without options: one SKU. Returns the product id. */
  static String simpleProduct(
      String name, String categoryId, String brandId, String code, long price, int stock) {
    return createProduct(
            name, "About " + name, categoryId, brandId, List.of(sku(code, price, stock, null)))
        .then()
        .statusCode(201)
        .extract()
        .path("id");
  }

  static Response move(String token, String code, int delta, String reason) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("sku", code);
    body.put("deltaQuantity", delta);
    body.put("reason", reason);
    return as(token).body(body).post("/api/catalog/stock/movements");
  }

  /**
   * Waits until {@code token}'s user can read {@code url}. Reads by a user who did not make a
   * change come from the replica, which may trail the primary by a moment.
   */
  static Response awaitReadable(String token, String url) {
    return Await.value(
        Duration.ofSeconds(10), () -> as(token).get(url), response -> response.statusCode() != 404);
  }

  /** Every product id of a listing, walking its keyset cursors from page 1. */
  static List<String> walk(String query) {
    List<String> ids = new ArrayList<>();
    String url = "/api/catalog/products?" + query;
    while (url != null) {
      Response page = given().get(url).then().statusCode(200).extract().response();
      ids.addAll(page.path("items.id"));
      url = page.path("next");
    }
    return ids;
  }
}
