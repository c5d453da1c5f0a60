package com.stockroom.it.console;

import static io.restassured.RestAssured.given;

import com.stockroom.it.Tokens;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Brands, categories and products the console tests work on, made through the catalog API. */
final class ShopData {

  private static final String MANAGER = Tokens.manager(900_701);

  private ShopData() {}

  static String unique(String prefix) {
    return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
  }

  static String brand(String name) {
    return asManager()
        .body(Map.of("name", name, "contactEmail", "stock@" + name.toLowerCase() + ".test"))
        .post("/api/catalog/brands")
        .then()
        .statusCode(201)
        .extract()
        .path("id");
  }

  static String category(String name) {
    return asManager()
        .body(Map.of("name", name))
        .post("/api/catalog/categories")
        .then()
        .statusCode(201)
        .extract()
        .path("id");
  }

  /** A product with one SKU of {@code stock} units on hand; returns the SKU code. */
  static String product(String brandId, String categoryId, String name, int stock) {
    String code = unique("SKU").toUpperCase();
    Map<String, Object> sku = new LinkedHashMap<>();
    sku.put("sku", code);
    sku.put("price", Map.of("amount", 1250, "currency", "EUR"));
    sku.put("initialStock", stock);
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("name", name);
    body.put("description", "About " + name);
    body.put("categoryId", categoryId);
    body.put("brandId", brandId);
    body.put("skus", List.of(sku));
    asManager().body(body).post("/api/catalog/products").then().statusCode(201);
    return code;
  }

  /** Places an order of {@code quantity} units of {@code sku} as the customer; its id. */
  static String order(long customerId, String sku, int quantity) {
    return given()
        .auth()
        .oauth2(Tokens.customer(customerId))
        .contentType(ContentType.JSON)
        .header("Idempotency-Key", UUID.randomUUID().toString())
        .body(Map.of("lines", List.of(Map.of("sku", sku, "quantity", quantity))))
        .post("/api/orders/orders")
        .then()
        .statusCode(201)
        .extract()
        .path("id");
  }

  private static RequestSpecification asManager() {
    return given().auth().oauth2(MANAGER).contentType(ContentType.JSON);
  }
}
