package com.stockroom.it.catalog;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import com.stockroom.it.ServerTest;
import io.restassured.response.Response;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.locks.LockSupport;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;

/**
 * Listings stay right while the catalog changes: a keyset walk never repeats or skips a product
 * while others are added, and a change of price or stock shows within a second, cache or not.
 */
class ListingFreshnessIT extends ServerTest {

  @Test
  void keysetWalksNeverRepeatOrSkipWhileProductsAreAdded() throws Exception {
    String brand = Catalog.brand(Catalog.unique("Walk"));
    String category = Catalog.category(Catalog.unique("Walk"), null);
    String prefix = Catalog.unique("W");
    List<String> existing = new ArrayList<>();
    for (int i = 0; i < 60; i++) {
      existing.add(
          Catalog.simpleProduct(
              "Walk " + (char) ('a' + i % 26) + i,
              category,
              brand,
              prefix + "-" + i,
              100 + i * 7,
              i % 3));
    }

    ExecutorService writers = Executors.newFixedThreadPool(4);
    AtomicBoolean walking = new AtomicBoolean(true);
    List<Future<Integer>> added = new ArrayList<>();
    try {
      for (int w = 0; w < 4; w++) {
        int writer = w;
        added.add(
            writers.submit(
                () -> {
                  int n = 0;
                  while (walking.get() && n < 40) {
                    Catalog.simpleProduct(
                        "Walk " + (char) ('a' + (n * 7 + writer) % 26) + " new " + writer + "-" + n,
                        category,
                        brand,
                        prefix + "-new-" + writer + "-" + n,
                        50 + n * 13,
                        n % 2);
                    n++;
                  }
                  return n;
                }));
      }
      for (String sort : List.of("name", "price_asc", "price_desc", "newest")) {
        for (int round = 0; round < 3; round++) {
          List<String> walked = Catalog.walk("brand=" + brand + "&sort=" + sort + "&size=7");
          assertThat(walked).as(sort + " never repeats").doesNotHaveDuplicates();
          assertThat(walked).as(sort + " never skips what existed").containsAll(existing);
          assertThat(walked).as(sort + " stays in order").isEqualTo(inOrder(walked, sort, brand));
        }
      }
    } finally {
      walking.set(false);
      writers.shutdown();
      assertThat(writers.awaitTermination(60, TimeUnit.SECONDS)).isTrue();
    }
    int total = 0;
    for (Future<Integer> writer : added) {
      total += writer.get();
    }
    assertThat(total).as("products were added during the walks").isPositive();
  }

  /** The walked ids re-sorted as a fresh, complete listing orders them. */
  private static List<String> inOrder(List<String> walked, String sort, String brand) {
    List<String> complete = new ArrayList<>();
    String url = "/api/catalog/products?brand=" + brand + "&sort=" + sort + "&size=100";
    while (url != null) {
      Response page = given().get(url);
      complete.addAll(page.path("items.id"));
      url = page.path("next");
    }
    Set<String> seen = new HashSet<>(walked);
    return complete.stream().filter(seen::contains).toList();
  }

  @Test
  void priceAndStockChangesShowInTheCachedListingWithinOneSecond() {
    String brand = Catalog.brand(Catalog.unique("Fresh"));
    String category = Catalog.category(Catalog.unique("Fresh"), null);
    String code = Catalog.unique("F");
    String id = Catalog.simpleProduct("Fresh bread", category, brand, code, 250, 10);
    String listing = "/api/catalog/products?brand=" + brand;

    // Twice, so the second read is the cached page.
    given().get(listing).then().body("items[0].available", equalTo(10));
    given().get(listing).then().body("items[0].price.amount", equalTo(250));
    given().get("/api/catalog/products/" + id).then().body("available", equalTo(10));

    Catalog.asManager()
        .body(Map.of("price", Map.of("amount", 199)))
        .patch("/api/catalog/skus/" + code)
        .then()
        .statusCode(200);
    long priceShownAfter =
        millisUntil(
            listing, page -> Integer.valueOf(199).equals(page.path("items[0].price.amount")));

    Catalog.move(Catalog.MANAGER, code, -3, "adjustment").then().statusCode(201);
    long stockShownAfter =
        millisUntil(listing, page -> Integer.valueOf(7).equals(page.path("items[0].available")));
    long detailShownAfter =
        millisUntil(
            "/api/catalog/products/" + id,
            page -> Integer.valueOf(7).equals(page.path("available")));

    assertThat(priceShownAfter).as("price in the listing, ms").isLessThan(1000);
    assertThat(stockShownAfter).as("stock in the listing, ms").isLessThan(1000);
    assertThat(detailShownAfter).as("stock in the details, ms").isLessThan(1000);
  }

  /** Reads until the page shows what is expected; how long that took (fails after 1 s). */
  private static long millisUntil(String url, Predicate<Response> shows) {
    long started = System.nanoTime();
    long deadline = started + TimeUnit.SECONDS.toNanos(1);
    while (System.nanoTime() < deadline) {
      Response page = given().get(url);
      page.then().statusCode(200);
      if (shows.test(page)) {
        return TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started);
      }
      LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(5));
    }
    throw new AssertionError(url + " did not show the change within 1 s");
  }
}
