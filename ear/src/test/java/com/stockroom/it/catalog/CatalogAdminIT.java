package com.stockroom.it.catalog;

import static com.stockroom.it.catalog.Catalog.asManager;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import com.stockroom.it.ServerTest;
import com.stockroom.it.Tokens;
import io.restassured.response.Response;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Staff create, edit, delete and restore the catalog; others may not; bad input is a 400. */
class CatalogAdminIT extends ServerTest {

  static String brand;
  static String root;
  static String child;

  @BeforeAll
  static void taxonomy() {
    brand = Catalog.brand(Catalog.unique("Admin"));
    root = Catalog.category(Catalog.unique("Admin root"), null);
    child = Catalog.category("Child", root);
  }

  @Test
  void createsAProductWithVariantsAndShowsItToCustomersAndStaff() {
    String code = Catalog.unique("TEE");
    Response created =
        Catalog.createProduct(
            "Organic tee",
            "Soft cotton",
            child,
            brand,
            List.of(
                Catalog.sku(code + "-M", 1900, 5, Map.of("size", "M")),
                Catalog.sku(code + "-L", 2100, 0, Map.of("size", "L"))));
    created
        .then()
        .statusCode(201)
        .header("Location", containsString("/api/catalog/products/"))
        .body("name", equalTo("Organic tee"))
        .body("price.amount", equalTo(1900))
        .body("price.currency", equalTo("EUR"))
        .body("available", equalTo(5))
        .body("status", equalTo("ACTIVE"))
        .body("brand.id", equalTo(brand))
        .body("category.id", equalTo(child))
        .body("skus.sku", hasItems(code + "-M", code + "-L"))
        .body("skus.find { it.sku == '" + code + "-M' }.onHand", equalTo(5));
    String id = created.path("id");

    given()
        .get("/api/catalog/products/" + id)
        .then()
        .statusCode(200)
        .header("ETag", notNullValue())
        .header("Cache-Control", containsString("public"))
        .body("skus.size()", equalTo(2))
        .body("skus[0].onHand", nullValue())
        .body("status", nullValue())
        .body("skus.find { it.sku == '" + code + "-L' }.attributes.size", equalTo("L"));

    // The initial stock is in the ledger as a restock.
    asManager()
        .get("/api/catalog/stock/" + code + "-M/ledger")
        .then()
        .statusCode(200)
        .body("items[0].reason", equalTo("RESTOCK"))
        .body("items[0].deltaQuantity", equalTo(5))
        .body("items[0].note", equalTo("initial stock"));
  }

  @Test
  void productRulesAreCheckedFieldByField() {
    String code = Catalog.unique("BAD");
    Catalog.createProduct(
            "",
            "x",
            "abc",
            "999999999",
            List.of(
                Catalog.sku(code, -5, 0, null),
                Map.of("sku", "has space", "price", Map.of("amount", 1, "currency", "eur"))))
        .then()
        .statusCode(400)
        .contentType("application/problem+json")
        .body("type", equalTo("/problems/validation"))
        .body(
            "errors.field",
            hasItems(
                "name",
                "categoryId",
                "skus[0].price.amount",
                "skus[1].sku",
                "skus[1].price.currency"));

    // Several SKUs need attributes, and distinct ones; one currency per product.
    Catalog.createProduct(
            "Two plain",
            "",
            child,
            brand,
            List.of(Catalog.sku(code + "-1", 100, 0, null), Catalog.sku(code + "-2", 100, 0, null)))
        .then()
        .statusCode(400)
        .body("errors.field", hasItem("skus"));
    Catalog.createProduct(
            "Mixed money",
            "",
            child,
            brand,
            List.of(
                Catalog.sku(code + "-A", 100, 0, Map.of("size", "S")),
                Map.of(
                    "sku",
                    code + "-B",
                    "price",
                    Map.of("amount", 100, "currency", "USD"),
                    "attributes",
                    Map.of("size", "M"))))
        .then()
        .statusCode(400)
        .body("errors.field", hasItem("skus[1].price.currency"));
    Catalog.createProduct(
            "Unknown refs",
            "",
            "999999999",
            "999999999",
            List.of(Catalog.sku(code + "-U", 100, 0, null)))
        .then()
        .statusCode(400)
        .body("errors.field", hasItems("categoryId", "brandId"));

    asManager()
        .body("{\"name\": ")
        .post("/api/catalog/products")
        .then()
        .statusCode(400)
        .body("type", equalTo("/problems/malformed-body"));

    // Nothing of it was created.
    asManager().get("/api/catalog/skus/" + code + "-1").then().statusCode(404);
  }

  @Test
  void skuCodesAreUniqueAmongAllSkusDeletedOnesIncluded() {
    String code = Catalog.unique("DUP");
    Catalog.simpleProduct("First", child, brand, code, 100, 0);
    Catalog.createProduct("Second", "", child, brand, List.of(Catalog.sku(code, 100, 0, null)))
        .then()
        .statusCode(409)
        .body("type", equalTo("/problems/duplicate-sku"))
        .body("skus", equalTo(List.of(code)));
  }

  @Test
  void softDeleteHidesFromCustomersKeepsForStaffAndRestores() {
    String code = Catalog.unique("DEL");
    String id = Catalog.simpleProduct("Deleted soon", child, brand, code, 300, 2);

    asManager().delete("/api/catalog/products/" + id).then().statusCode(204);

    given().get("/api/catalog/products/" + id).then().statusCode(404);
    given()
        .auth()
        .oauth2(Tokens.customer(Catalog.nextUserId()))
        .get("/api/catalog/products/" + id)
        .then()
        .statusCode(404);
    assertThat(Catalog.walk("brand=" + brand + "&size=100")).doesNotContain(id);
    asManager()
        .get("/api/catalog/products/" + id)
        .then()
        .statusCode(200)
        .body("deletedAt", notNullValue())
        .body("status", equalTo("ACTIVE"));
    asManager()
        .get("/api/catalog/products?brand=" + brand + "&deleted=true&size=100")
        .then()
        .statusCode(200)
        .body("items.id", hasItem(id))
        .body("items.find { it.id == '" + id + "' }.deletedAt", notNullValue());

    asManager()
        .post("/api/catalog/products/" + id + "/restore")
        .then()
        .statusCode(200)
        .body("deletedAt", nullValue());
    given().get("/api/catalog/products/" + id).then().statusCode(200);
    assertThat(Catalog.walk("brand=" + brand + "&size=100")).contains(id);
  }

  @Test
  void draftsAreForStaffOnly() {
    String code = Catalog.unique("DRAFT");
    String id = Catalog.simpleProduct("Not yet", child, brand, code, 300, 2);
    asManager()
        .contentType("application/merge-patch+json")
        .body(Map.of("status", "draft"))
        .patch("/api/catalog/products/" + id)
        .then()
        .statusCode(200)
        .body("status", equalTo("DRAFT"));
    given().get("/api/catalog/products/" + id).then().statusCode(404);
    asManager()
        .get("/api/catalog/products?brand=" + brand + "&status=draft")
        .then()
        .statusCode(200)
        .body("items.id", equalTo(List.of(id)));
    given()
        .get("/api/catalog/products?brand=" + brand + "&status=draft")
        .then()
        .statusCode(400)
        .body("errors.field", hasItem("status"));
  }

  @Test
  void patchChangesOnlyWhatItNamesAndHonoursIfMatch() {
    String code = Catalog.unique("PATCH");
    String id = Catalog.simpleProduct("Before", child, brand, code, 500, 1);
    Response read = asManager().get("/api/catalog/products/" + id);
    String etag = read.header("ETag");
    long version = read.<Integer>path("version");

    asManager()
        .header("If-Match", etag)
        .body(Map.of("name", "After"))
        .patch("/api/catalog/products/" + id)
        .then()
        .statusCode(200)
        .body("name", equalTo("After"))
        .body("description", equalTo("About Before"))
        .body("version", equalTo((int) version + 1));

    // The old tag no longer matches: nothing changes.
    asManager()
        .header("If-Match", etag)
        .body(Map.of("name", "Lost update"))
        .patch("/api/catalog/products/" + id)
        .then()
        .statusCode(412)
        .body("type", equalTo("/problems/precondition-failed"));
    asManager().get("/api/catalog/products/" + id).then().body("name", equalTo("After"));

    asManager()
        .body("{\"name\": null, \"colour\": \"red\", \"status\": \"sold\", \"brandId\": 5}")
        .patch("/api/catalog/products/" + id)
        .then()
        .statusCode(400)
        .body("errors.field", hasItems("name", "colour", "status", "brandId"));
    asManager().body("[1,2]").patch("/api/catalog/products/" + id).then().statusCode(400);
  }

  @Test
  void skusAreAddedEditedDeletedAndRestoredButAProductKeepsOne() {
    String code = Catalog.unique("VAR");
    String id =
        Catalog.createProduct(
                "Socks",
                "",
                child,
                brand,
                List.of(Catalog.sku(code + "-S", 700, 3, Map.of("size", "S"))))
            .then()
            .statusCode(201)
            .extract()
            .path("id");
    asManager()
        .body(Catalog.sku(code + "-M", 650, 4, Map.of("size", "M")))
        .post("/api/catalog/products/" + id + "/skus")
        .then()
        .statusCode(201)
        .header("Location", containsString("/api/catalog/skus/" + code + "-M"))
        .body("onHand", equalTo(4));
    asManager()
        .body(Catalog.sku(code + "-S2", 650, 0, Map.of("size", "S")))
        .post("/api/catalog/products/" + id + "/skus")
        .then()
        .statusCode(409)
        .body("type", equalTo("/problems/variant-conflict"));
    given().get("/api/catalog/products/" + id).then().body("price.amount", equalTo(650));

    asManager()
        .body(Map.of("price", Map.of("amount", 600), "externallyFulfilled", true))
        .patch("/api/catalog/skus/" + code + "-S")
        .then()
        .statusCode(200)
        .body("price.amount", equalTo(600))
        .body("externallyFulfilled", equalTo(true));
    given().get("/api/catalog/products/" + id).then().body("price.amount", equalTo(600));
    asManager()
        .body(Map.of("price", Map.of("amount", 600, "currency", "USD")))
        .patch("/api/catalog/skus/" + code + "-S")
        .then()
        .statusCode(400)
        .body("errors.field", hasItem("price.currency"));

    asManager().delete("/api/catalog/skus/" + code + "-S").then().statusCode(204);
    given()
        .get("/api/catalog/products/" + id)
        .then()
        .body("skus.sku", equalTo(List.of(code + "-M")))
        .body("price.amount", equalTo(650));
    asManager()
        .delete("/api/catalog/skus/" + code + "-M")
        .then()
        .statusCode(409)
        .body("type", equalTo("/problems/last-sku"));
    asManager()
        .post("/api/catalog/skus/" + code + "-S/restore")
        .then()
        .statusCode(200)
        .body("deletedAt", nullValue());
    given().get("/api/catalog/products/" + id).then().body("skus.size()", equalTo(2));
  }

  @Test
  void onlyStaffChangeTheCatalog() {
    String customer = Tokens.customer(Catalog.nextUserId());
    String brandUser = Tokens.brand(Catalog.nextUserId(), Long.parseLong(brand));
    Map<String, Object> body =
        Map.of(
            "name",
            "Nope",
            "categoryId",
            child,
            "brandId",
            brand,
            "skus",
            List.of(Catalog.sku(Catalog.unique("NO"), 1, 0, null)));
    Catalog.anonymous()
        .body(body)
        .post("/api/catalog/products")
        .then()
        .statusCode(401)
        .header("WWW-Authenticate", containsString("Bearer"));
    Catalog.as(customer).body(body).post("/api/catalog/products").then().statusCode(403);
    Catalog.as(brandUser).body(body).post("/api/catalog/products").then().statusCode(403);
    Catalog.as(customer)
        .body(Map.of("name", "x", "contactEmail", "x@example.test"))
        .post("/api/catalog/brands")
        .then()
        .statusCode(403);
    Catalog.as(customer).delete("/api/catalog/categories/" + child).then().statusCode(403);
  }

  @Test
  void categoriesFormATreeWithoutCycles() {
    String top = Catalog.category(Catalog.unique("Top"), null);
    String mid = Catalog.category("Mid", top);
    String leaf = Catalog.category("Leaf", mid);

    asManager()
        .body(Map.of("parentId", leaf))
        .patch("/api/catalog/categories/" + top)
        .then()
        .statusCode(400)
        .body("errors.field", hasItem("parentId"));
    asManager().body(Map.of("name", "Mid")).post("/api/catalog/categories").then().statusCode(201);
    asManager()
        .body(Map.of("name", "Mid", "parentId", top))
        .post("/api/catalog/categories")
        .then()
        .statusCode(409)
        .body("type", equalTo("/problems/name-taken"));
    asManager()
        .delete("/api/catalog/categories/" + mid)
        .then()
        .statusCode(409)
        .body("type", equalTo("/problems/in-use"));
    asManager().delete("/api/catalog/categories/" + leaf).then().statusCode(204);
    given().get("/api/catalog/categories/" + leaf).then().statusCode(404);
    given()
        .get("/api/catalog/categories/" + mid)
        .then()
        .statusCode(200)
        .body("parentId", equalTo(top));
    given().get("/api/catalog/categories/abc").then().statusCode(404);
  }

  @Test
  void brandContactsAreForStaff() {
    given()
        .get("/api/catalog/brands/" + brand)
        .then()
        .statusCode(200)
        .body("contactEmail", nullValue());
    asManager().get("/api/catalog/brands/" + brand).then().body("contactEmail", notNullValue());
    asManager()
        .body(Map.of("name", "x", "contactEmail", "not-an-email"))
        .post("/api/catalog/brands")
        .then()
        .statusCode(400)
        .body("errors.field", hasItem("contactEmail"));
  }
}
