package com.stockroom.it.catalog;

import static com.stockroom.it.catalog.Catalog.asManager;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.notNullValue;

import com.stockroom.it.Environment;
import com.stockroom.it.ServerTest;
import com.stockroom.it.Tokens;
import io.restassured.response.Response;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Live stock, movements and the ledger; brand scoping; snapshots and the consistency check. */
class StockLedgerIT extends ServerTest {

  static String brand;
  static String otherBrand;
  static String category;
  static String brandUser;
  static String otherBrandUser;

  @BeforeAll
  static void setUp() {
    brand = Catalog.brand(Catalog.unique("Ledger"));
    otherBrand = Catalog.brand(Catalog.unique("Rival"));
    category = Catalog.category(Catalog.unique("Ledger"), null);
    brandUser = Tokens.brand(Catalog.nextUserId(), Long.parseLong(brand));
    otherBrandUser = Tokens.brand(Catalog.nextUserId(), Long.parseLong(otherBrand));
  }

  private static String sku(String brandId, int stock) {
    String code = Catalog.unique("S");
    Catalog.simpleProduct("Stocked " + code, category, brandId, code, 500, stock);
    return code;
  }

  @Test
  void movementsChangeStockAndAppendToTheLedger() {
    String code = sku(brand, 10);
    Response restock = Catalog.move(Catalog.MANAGER, code, 5, "restock");
    restock
        .then()
        .statusCode(201)
        .header("Location", containsString("/api/catalog/stock/movements/"))
        .body("sku", equalTo(code))
        .body("deltaQuantity", equalTo(5))
        .body("reason", equalTo("RESTOCK"))
        .body("balanceAfter", equalTo(15))
        .body("actor", containsString("user:"))
        .body("createdAt", notNullValue());
    Map<String, Object> adjustment = new LinkedHashMap<>();
    adjustment.put("sku", code);
    adjustment.put("deltaQuantity", -2);
    adjustment.put("reason", "ADJUSTMENT");
    adjustment.put("note", "two broken jars");
    adjustment.put("reference", "count-7");
    asManager().body(adjustment).post("/api/catalog/stock/movements").then().statusCode(201);
    Catalog.move(Catalog.MANAGER, code, -3, "sale").then().statusCode(201);
    Catalog.move(Catalog.MANAGER, code, 1, "return").then().statusCode(201);
    Catalog.move(Catalog.MANAGER, code, 2, "cancellation").then().statusCode(201);

    asManager()
        .get("/api/catalog/stock/" + code)
        .then()
        .statusCode(200)
        .body("onHand", equalTo(13))
        .body("reserved", equalTo(0))
        .body("available", equalTo(13));
    asManager()
        .get("/api/catalog/stock/" + code + "/ledger")
        .then()
        .statusCode(200)
        .body("totalItems", equalTo(6))
        .body(
            "items.reason",
            equalTo(List.of("CANCELLATION", "RETURN", "SALE", "ADJUSTMENT", "RESTOCK", "RESTOCK")))
        .body("items.balanceAfter", equalTo(List.of(13, 11, 10, 13, 15, 10)))
        .body("items[3].note", equalTo("two broken jars"))
        .body("items[3].reference", equalTo("count-7"));
    String id = restock.path("id");
    asManager()
        .get("/api/catalog/stock/movements/" + id)
        .then()
        .statusCode(200)
        .body("deltaQuantity", equalTo(5));
  }

  @Test
  void theLedgerPagesByNumberAndByCursor() {
    String code = sku(brand, 0);
    for (int i = 1; i <= 7; i++) {
      Catalog.move(Catalog.MANAGER, code, i, "restock").then().statusCode(201);
    }
    List<Integer> byPage = new ArrayList<>();
    for (int page = 1; page <= 3; page++) {
      byPage.addAll(
          asManager()
              .get("/api/catalog/stock/" + code + "/ledger?size=3&page=" + page)
              .then()
              .statusCode(200)
              .body("totalItems", equalTo(7))
              .body("totalPages", equalTo(3))
              .extract()
              .<List<Integer>>path("items.deltaQuantity"));
    }
    assertThat(byPage).containsExactly(7, 6, 5, 4, 3, 2, 1);
    List<Integer> byCursor = new ArrayList<>();
    String url = "/api/catalog/stock/" + code + "/ledger?size=3";
    while (url != null) {
      Response page = asManager().get(url);
      page.then().statusCode(200);
      byCursor.addAll(page.path("items.deltaQuantity"));
      url = page.path("next");
    }
    assertThat(byCursor).isEqualTo(byPage);
    asManager()
        .get("/api/catalog/stock/" + code + "/ledger?size=500")
        .then()
        .statusCode(400)
        .body("errors.field", hasItem("size"));
    asManager()
        .get("/api/catalog/stock/" + code + "/ledger?after=%%%")
        .then()
        .statusCode(400)
        .body("errors.field", hasItem("after"));
  }

  @Test
  void takingMoreThanIsAvailableIsA409ThatChangesNothing() {
    String code = sku(brand, 4);
    Catalog.move(Catalog.MANAGER, code, -5, "adjustment")
        .then()
        .statusCode(409)
        .contentType("application/problem+json")
        .body("type", equalTo("/problems/insufficient-stock"))
        .body("shortLines[0].sku", equalTo(code))
        .body("shortLines[0].requested", equalTo(5))
        .body("shortLines[0].available", equalTo(4));
    asManager().get("/api/catalog/stock/" + code).then().body("onHand", equalTo(4));
    asManager().get("/api/catalog/stock/" + code + "/ledger").then().body("totalItems", equalTo(1));
  }

  @Test
  void badMovementsAreA400NamingEachField() {
    String code = sku(brand, 4);
    asManager()
        .body(Map.of("sku", code, "deltaQuantity", -1, "reason", "restock"))
        .post("/api/catalog/stock/movements")
        .then()
        .statusCode(400)
        .body("errors.field", equalTo(List.of("deltaQuantity")));
    asManager()
        .body(Map.of("sku", code, "deltaQuantity", 0, "reason", "adjustment"))
        .post("/api/catalog/stock/movements")
        .then()
        .statusCode(400);
    asManager()
        .body(Map.of("sku", code, "deltaQuantity", 5, "reason", "hold"))
        .post("/api/catalog/stock/movements")
        .then()
        .statusCode(400)
        .body("errors.field", hasItem("reason"));
    asManager()
        .body(Map.of("deltaQuantity", 5_000_000, "reason", "gift", "note", "x".repeat(501)))
        .post("/api/catalog/stock/movements")
        .then()
        .statusCode(400)
        .body("errors.field", hasItems("sku", "note"));
    asManager()
        .body("{\"sku\": \"" + code + "\", \"deltaQuantity\": \"many\", \"reason\": \"restock\"}")
        .post("/api/catalog/stock/movements")
        .then()
        .statusCode(400);
    asManager()
        .body(Map.of("sku", "NO-SUCH-SKU-" + code, "deltaQuantity", 5, "reason", "restock"))
        .post("/api/catalog/stock/movements")
        .then()
        .statusCode(404);
    asManager().get("/api/catalog/stock/" + code + "/ledger").then().body("totalItems", equalTo(1));
  }

  @Test
  void aBrandReadsAndRestocksOnlyItsOwnSkus() {
    String own = sku(brand, 3);
    String rival = sku(otherBrand, 3);

    // The SKU was created by staff; the brand user reads it from the replica.
    Catalog.awaitReadable(brandUser, "/api/catalog/stock/" + own)
        .then()
        .statusCode(200)
        .body("onHand", equalTo(3));
    Catalog.as(brandUser).get("/api/catalog/stock/" + own + "/ledger").then().statusCode(200);
    Catalog.move(brandUser, own, 7, "restock")
        .then()
        .statusCode(201)
        .body("balanceAfter", equalTo(10));
    Catalog.as(brandUser)
        .get("/api/catalog/stock?size=100")
        .then()
        .statusCode(200)
        .body("items.sku", hasItem(own))
        .body("items.brandId", everyItem(equalTo(brand)));

    Catalog.move(brandUser, own, -1, "adjustment").then().statusCode(403);
    Catalog.move(brandUser, own, -1, "sale").then().statusCode(403);
    Catalog.awaitReadable(brandUser, "/api/catalog/stock/" + rival).then().statusCode(403);
    Catalog.as(brandUser).get("/api/catalog/stock/" + rival + "/ledger").then().statusCode(403);
    Catalog.move(brandUser, rival, 1, "restock").then().statusCode(403);
    Catalog.as(brandUser).get("/api/catalog/stock?brand=" + otherBrand).then().statusCode(403);
    String rivalMovement =
        Catalog.move(otherBrandUser, rival, 1, "restock")
            .then()
            .statusCode(201)
            .extract()
            .path("id");
    Catalog.as(brandUser)
        .get("/api/catalog/stock/movements/" + rivalMovement)
        .then()
        .statusCode(404);
    Catalog.as(brandUser).get("/api/catalog/stock/consistency").then().statusCode(403);
    Catalog.as(brandUser).post("/api/catalog/stock/snapshots").then().statusCode(403);

    // A deleted SKU of another brand does not even exist for it; its own deleted SKU does.
    String variants = Catalog.unique("V");
    Catalog.createProduct(
            "Rival variants",
            "",
            category,
            otherBrand,
            List.of(
                Catalog.sku(variants + "-1", 100, 1, Map.of("size", "1")),
                Catalog.sku(variants + "-2", 100, 1, Map.of("size", "2"))))
        .then()
        .statusCode(201);
    asManager().delete("/api/catalog/skus/" + variants + "-2").then().statusCode(204);
    Catalog.awaitReadable(brandUser, "/api/catalog/stock/" + variants + "-1")
        .then()
        .statusCode(403);
    // The manager deleted it, not these readers: each is served by the replica once it shows
    // the reader's own last write, and by the primary until then, so one reader seeing the
    // delete says nothing of when the other does.
    Await.value(
            Duration.ofSeconds(10),
            () -> Catalog.as(otherBrandUser).get("/api/catalog/stock/" + variants + "-2"),
            response -> response.statusCode() == 200 && response.path("deletedAt") != null)
        .then()
        .statusCode(200)
        .body("deletedAt", notNullValue());
    Await.value(
            Duration.ofSeconds(10),
            () -> Catalog.as(brandUser).get("/api/catalog/stock/" + variants + "-2"),
            response -> response.statusCode() == 404)
        .then()
        .statusCode(404);

    String customer = Tokens.customer(Catalog.nextUserId());
    Catalog.as(customer).get("/api/catalog/stock/" + own).then().statusCode(403);
    Catalog.move(customer, own, 1, "restock").then().statusCode(403);
    io.restassured.RestAssured.given().get("/api/catalog/stock/" + own).then().statusCode(401);
  }

  @Test
  void snapshotsAndTheConsistencyCheckProveTheLedger() throws SQLException {
    String code = sku(brand, 6);
    Catalog.move(Catalog.MANAGER, code, 4, "restock").then().statusCode(201);
    asManager()
        .post("/api/catalog/stock/snapshots")
        .then()
        .statusCode(201)
        .body("skus", org.hamcrest.Matchers.greaterThanOrEqualTo(1))
        .body("finishedAt", notNullValue());
    Catalog.move(Catalog.MANAGER, code, -3, "sale").then().statusCode(201);

    asManager()
        .get("/api/catalog/stock/consistency")
        .then()
        .statusCode(200)
        .body("consistent", equalTo(true))
        .body("brokenSkus", equalTo(0))
        .body("mismatches.size()", equalTo(0));

    // A balance changed behind the ledger's back is caught (then put back).
    try (Connection primary = Environment.primary();
        Statement statement = primary.createStatement()) {
      statement.executeUpdate(
          "UPDATE catalog.sku SET on_hand = on_hand + 1 WHERE code = '" + code + "'");
      try {
        asManager()
            .get("/api/catalog/stock/consistency")
            .then()
            .statusCode(200)
            .body("consistent", equalTo(false))
            .body("mismatches.sku", hasItem(code))
            .body("mismatches.find { it.sku == '" + code + "' }.onHand", equalTo(8))
            .body("mismatches.find { it.sku == '" + code + "' }.expectedOnHand", equalTo(7));
      } finally {
        statement.executeUpdate(
            "UPDATE catalog.sku SET on_hand = on_hand - 1 WHERE code = '" + code + "'");
      }
      // The ledger itself cannot be rewritten.
      org.junit.jupiter.api.Assertions.assertThrows(
          SQLException.class, () -> statement.executeUpdate("DELETE FROM catalog.stock_movement"));
    }
    asManager().get("/api/catalog/stock/consistency").then().body("consistent", equalTo(true));
  }
}
