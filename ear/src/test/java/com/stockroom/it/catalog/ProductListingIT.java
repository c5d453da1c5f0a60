package com.stockroom.it.catalog;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import com.stockroom.it.ServerTest;
import io.restassured.response.Response;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The public listing: every filter and sort, paging and its cursors, and bad parameters. */
class ProductListingIT extends ServerTest {

  static String brand;
  static String otherBrand;
  static String drinks;
  static String tea;
  static String sweets;
  static String alpha;
  static String beta;
  static String gamma;
  static String delta;
  static String epsilon;
  static String foreign;

  /**
   * drinks > tea; sweets. Names vary in case to show the name sort ignores it; created in this
   * order (newest last).
   */
  @BeforeAll
  static void products() {
    brand = Catalog.brand(Catalog.unique("Listing"));
    otherBrand = Catalog.brand(Catalog.unique("Other"));
    drinks = Catalog.category(Catalog.unique("Drinks"), null);
    tea = Catalog.category("Tea", drinks);
    sweets = Catalog.category(Catalog.unique("Sweets"), null);
    String p = Catalog.unique("L");
    alpha = Catalog.simpleProduct("Alpha tea", tea, brand, p + "-A", 300, 5);
    beta = Catalog.simpleProduct("beta Coffee", drinks, brand, p + "-B", 1200, 0);
    gamma =
        Catalog.createProduct(
                "Gamma cocoa",
                "Dark chocolate drink",
                sweets,
                brand,
                List.of(
                    Catalog.sku(p + "-G1", 950, 3, Map.of("size", "large")),
                    Catalog.sku(p + "-G2", 800, 2, Map.of("size", "small"))))
            .then()
            .statusCode(201)
            .extract()
            .path("id");
    delta = Catalog.simpleProduct("delta tea", tea, brand, p + "-D", 450, 1);
    epsilon = Catalog.simpleProduct("Epsilon", drinks, brand, p + "-E", 100, 10);
    foreign = Catalog.simpleProduct("Zeta sweets", sweets, otherBrand, p + "-Z", 500, 1);
    Catalog.asManager()
        .contentType("application/merge-patch+json")
        .body(Map.of("description", "Dark roast"))
        .patch("/api/catalog/products/" + beta)
        .then()
        .statusCode(200);
  }

  private static List<String> ids(String query) {
    return given()
        .get("/api/catalog/products?" + query)
        .then()
        .statusCode(200)
        .extract()
        .path("items.id");
  }

  @Test
  void itemsShowTheLowestPriceAndTheStockSummedOverSkus() {
    Response page = given().get("/api/catalog/products?brand=" + brand + "&q=gamma");
    page.then()
        .statusCode(200)
        .body("items[0].id", equalTo(gamma))
        .body("items[0].name", equalTo("Gamma cocoa"))
        .body("items[0].price", equalTo(Map.of("amount", 800, "currency", "EUR")))
        .body("items[0].available", equalTo(5))
        .body("items[0].brand.id", equalTo(brand))
        .body("items[0].categoryId", equalTo(sweets))
        .body("items[0].status", nullValue())
        .body("page", equalTo(1))
        .body("size", equalTo(20))
        .body("totalItems", equalTo(1))
        .body("totalPages", equalTo(1))
        .body("next", nullValue());
  }

  @Test
  void sortsByNameIgnoringCaseByPriceBothWaysAndNewest() {
    assertThat(ids("brand=" + brand)).containsExactly(alpha, beta, delta, epsilon, gamma);
    assertThat(ids("brand=" + brand + "&sort=name"))
        .containsExactly(alpha, beta, delta, epsilon, gamma);
    assertThat(ids("brand=" + brand + "&sort=price_asc"))
        .containsExactly(epsilon, alpha, delta, gamma, beta);
    assertThat(ids("brand=" + brand + "&sort=price_desc"))
        .containsExactly(beta, gamma, delta, alpha, epsilon);
    assertThat(ids("brand=" + brand + "&sort=newest"))
        .containsExactly(epsilon, delta, gamma, beta, alpha);
  }

  @Test
  void categoryFilterIncludesSubCategories() {
    assertThat(ids("category=" + drinks)).containsExactly(alpha, beta, delta, epsilon);
    assertThat(ids("category=" + tea)).containsExactly(alpha, delta);
    assertThat(ids("category=" + sweets)).containsExactly(gamma, foreign);
    assertThat(ids("category=" + sweets + "&brand=" + otherBrand)).containsExactly(foreign);
    assertThat(ids("category=999999999")).isEmpty();
  }

  @Test
  void priceRangeAndStockFilters() {
    assertThat(ids("brand=" + brand + "&minPrice=400&maxPrice=1000")).containsExactly(delta, gamma);
    assertThat(ids("brand=" + brand + "&minPrice=800&maxPrice=800")).containsExactly(gamma);
    assertThat(ids("brand=" + brand + "&maxPrice=300")).containsExactly(alpha, epsilon);
    assertThat(ids("brand=" + brand + "&inStock=true"))
        .containsExactly(alpha, delta, epsilon, gamma);
    assertThat(ids("brand=" + brand + "&inStock=false"))
        .containsExactly(alpha, beta, delta, epsilon, gamma);
  }

  @Test
  void textSearchMatchesWordPrefixesInNameAndDescription() {
    assertThat(ids("brand=" + brand + "&q=tea")).containsExactly(alpha, delta);
    assertThat(ids("brand=" + brand + "&q=DARK")).containsExactly(beta, gamma);
    assertThat(ids("brand=" + brand + "&q=choc")).containsExactly(gamma);
    assertThat(ids("brand=" + brand + "&q=dark choc")).containsExactly(gamma);
    assertThat(ids("brand=" + brand + "&q=dark-roast")).containsExactly(beta);
    assertThat(ids("brand=" + brand + "&q=nothinglikethis")).isEmpty();
  }

  /**
   * PostgreSQL's parser reads a word such as 3e5d1a2b as the number 3e5 and the word d1a2b; the
   * search document and the query must read it alike, whether the name joins it with a hyphen or
   * not.
   */
  @Test
  void textSearchFindsWordsThatStartLikeNumbers() {
    String models = Catalog.brand(Catalog.unique("Models"));
    String kettles = Catalog.category(Catalog.unique("Kettles"), null);
    String p = Catalog.unique("M");
    String joined = Catalog.simpleProduct("Kettle-3e5d1a2b", kettles, models, p + "-K", 900, 1);
    String alone = Catalog.simpleProduct("Model 7e1f9c4d", kettles, models, p + "-M", 900, 1);

    assertThat(ids("brand=" + models + "&q=3e5d1a2b")).containsExactly(joined);
    assertThat(ids("brand=" + models + "&q=kettle 3e5d1a2b")).containsExactly(joined);
    assertThat(ids("brand=" + models + "&q=7e1f9c4d")).containsExactly(alone);
  }

  /**
   * The search box splits words at punctuation, and so does the search document: left to itself,
   * the parser read Model-2000 as the word model and the number -2000, and 3.5-inch as the number
   * 3.5, so neither could be found by its words.
   */
  @Test
  void textSearchSplitsNamesAtPunctuationAsTheSearchBoxDoes() {
    String shop = Catalog.brand(Catalog.unique("Punctuated"));
    String kettles = Catalog.category(Catalog.unique("Kettles"), null);
    String p = Catalog.unique("P");
    String model = Catalog.simpleProduct("Model-2000", kettles, shop, p + "-M", 900, 1);
    String inch = Catalog.simpleProduct("Kettle 3.5-inch", kettles, shop, p + "-I", 900, 1);
    String teapot = Catalog.simpleProduct("Teapot-12345678", kettles, shop, p + "-T", 900, 1);

    assertThat(ids("brand=" + shop + "&q=model 2000")).containsExactly(model);
    assertThat(ids("brand=" + shop + "&q=model-2000")).containsExactly(model);
    assertThat(ids("brand=" + shop + "&q=2000")).containsExactly(model);
    assertThat(ids("brand=" + shop + "&q=3.5 inch")).containsExactly(inch);
    assertThat(ids("brand=" + shop + "&q=kettle 3 5")).containsExactly(inch);
    assertThat(ids("brand=" + shop + "&q=teapot 1234")).containsExactly(teapot);
    assertThat(ids("brand=" + shop + "&q=-2000")).containsExactly(model);
  }

  @Test
  void filtersCombineWithSortsAndPaging() {
    Response page =
        given()
            .get(
                "/api/catalog/products?category="
                    + drinks
                    + "&inStock=true&sort=price_desc&size=2");
    page.then()
        .statusCode(200)
        .body("items.id", equalTo(List.of(delta, alpha)))
        .body("totalItems", equalTo(3))
        .body("totalPages", equalTo(2))
        .body("next", containsString("after="))
        .header("Link", containsString("rel=\"next\""));
    given()
        .get(page.<String>path("next"))
        .then()
        .statusCode(200)
        .body("items.id", equalTo(List.of(epsilon)))
        .body("page", equalTo(2))
        .body("next", nullValue());
  }

  @Test
  void pagesAndCursorsWalkTheSameListWithoutRepeatsOrGaps() {
    for (String sort : List.of("name", "price_asc", "price_desc", "newest")) {
      List<String> byPage = new ArrayList<>();
      for (int number = 1; number <= 3; number++) {
        Response page =
            given()
                .get(
                    "/api/catalog/products?brand="
                        + brand
                        + "&sort="
                        + sort
                        + "&size=2&page="
                        + number);
        page.then().statusCode(200).body("page", equalTo(number)).body("totalPages", equalTo(3));
        byPage.addAll(page.path("items.id"));
        if (number > 1) {
          page.then().header("Link", containsString("rel=\"prev\""));
        }
      }
      List<String> byCursor = Catalog.walk("brand=" + brand + "&sort=" + sort + "&size=2");
      assertThat(byCursor).as(sort).hasSize(5).doesNotHaveDuplicates().isEqualTo(byPage);
      assertThat(ids("brand=" + brand + "&sort=" + sort + "&size=100")).isEqualTo(byPage);
      // Pages past the middle are read from the list's end: one product a page shows each of them.
      List<String> oneByOne = new ArrayList<>();
      for (int number = 1; number <= 5; number++) {
        given()
            .get(
                "/api/catalog/products?brand=" + brand + "&sort=" + sort + "&size=1&page=" + number)
            .then()
            .statusCode(200)
            .body("totalItems", equalTo(5))
            .body("next", number < 5 ? notNullValue() : nullValue());
        oneByOne.addAll(ids("brand=" + brand + "&sort=" + sort + "&size=1&page=" + number));
      }
      assertThat(oneByOne).as(sort).isEqualTo(byPage);
      assertThat(ids("brand=" + brand + "&sort=" + sort + "&size=3&page=2"))
          .as(sort)
          .isEqualTo(byPage.subList(3, 5));
      assertThat(ids("brand=" + brand + "&sort=" + sort + "&size=1&page=6")).as(sort).isEmpty();
    }
  }

  @Test
  void pageSizeIsCappedAtOneHundredWithA400() {
    given().get("/api/catalog/products?size=100").then().statusCode(200).body("size", equalTo(100));
    given()
        .get("/api/catalog/products?size=101")
        .then()
        .statusCode(400)
        .contentType("application/problem+json")
        .body("errors.field", equalTo(List.of("size")));
  }

  @Test
  void badParametersAreOne400NamingEachOfThem() {
    given()
        .get(
            "/api/catalog/products?page=0&size=abc&sort=cheapest&minPrice=-1&inStock=maybe"
                + "&category=x&brand=0&q=!!")
        .then()
        .statusCode(400)
        .contentType("application/problem+json")
        .body("type", equalTo("/problems/validation"))
        .body(
            "errors.field",
            hasItems("page", "size", "sort", "minPrice", "inStock", "category", "brand", "q"));
    given()
        .get("/api/catalog/products?minPrice=500&maxPrice=100")
        .then()
        .statusCode(400)
        .body("errors.field", hasItem("maxPrice"));
    given()
        .get("/api/catalog/products?after=not-a-cursor")
        .then()
        .statusCode(400)
        .body("errors.field", hasItem("after"));
    String next =
        given()
            .get("/api/catalog/products?brand=" + brand + "&size=1")
            .then()
            .extract()
            .path("next");
    String cursor = next.substring(next.indexOf("after=") + 6);
    given()
        .get("/api/catalog/products?brand=" + brand + "&size=1&sort=newest&after=" + cursor)
        .then()
        .statusCode(400)
        .body("errors.field", hasItem("after"));
    given()
        .get("/api/catalog/products?brand=" + brand + "&size=1&page=2&after=" + cursor)
        .then()
        .statusCode(400)
        .body("errors.field", hasItem("page"));
    given()
        .get("/api/catalog/products?q=" + "word ".repeat(9))
        .then()
        .statusCode(400)
        .body("errors.field", hasItem("q"));
    given().get("/api/catalog/products/abc").then().statusCode(404);
    given().get("/api/catalog/products/99999999999").then().statusCode(404);
  }

  @Test
  void unchangedPagesRevalidateWithTheirEntityTag() {
    Response first = given().get("/api/catalog/products?brand=" + brand);
    String etag = first.header("ETag");
    assertThat(etag).isNotBlank();
    first.then().header("Cache-Control", containsString("no-cache"));
    given()
        .header("If-None-Match", etag)
        .get("/api/catalog/products?brand=" + brand)
        .then()
        .statusCode(304);
    given()
        .header("If-None-Match", etag)
        .get("/api/catalog/products?brand=" + brand + "&sort=newest")
        .then()
        .statusCode(200);
  }
}
