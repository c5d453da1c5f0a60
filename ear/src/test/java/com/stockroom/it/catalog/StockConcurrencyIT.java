package com.stockroom.it.catalog;

import static com.stockroom.it.catalog.Catalog.asManager;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import com.stockroom.it.Environment;
import com.stockroom.it.ServerTest;
import io.restassured.response.Response;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * Hundreds of random movements from many clients at once, snapshots taken in the middle of them:
 * afterwards every balance is what the accepted movements add up to, none is negative, and the
 * consistency check passes.
 */
class StockConcurrencyIT extends ServerTest {

  private static final int CLIENTS = 16;
  private static final int MOVEMENTS = 400;

  @Test
  void randomConcurrentMovementsKeepTheLedgerExact() throws Exception {
    String brand = Catalog.brand(Catalog.unique("Busy"));
    String category = Catalog.category(Catalog.unique("Busy"), null);
    Map<String, Integer> initial = new ConcurrentHashMap<>();
    List<String> codes = new ArrayList<>();
    for (int i = 0; i < 6; i++) {
      String code = Catalog.unique("C" + i);
      // The first SKU is scarce, so takes are refused while others succeed.
      int stock = i == 0 ? 3 : 25;
      Catalog.simpleProduct("Busy " + i, category, brand, code, 100, stock);
      codes.add(code);
      initial.put(code, stock);
    }

    Map<String, AtomicInteger> accepted = new ConcurrentHashMap<>();
    Map<String, AtomicInteger> acceptedRows = new ConcurrentHashMap<>();
    codes.forEach(
        code -> {
          accepted.put(code, new AtomicInteger());
          acceptedRows.put(code, new AtomicInteger());
        });
    List<String> unexpected = java.util.Collections.synchronizedList(new ArrayList<>());

    ExecutorService clients = Executors.newFixedThreadPool(CLIENTS);
    List<Future<?>> work = new ArrayList<>();
    for (int n = 0; n < MOVEMENTS; n++) {
      int index = n;
      work.add(
          clients.submit(
              (Callable<Void>)
                  () -> {
                    ThreadLocalRandom random = ThreadLocalRandom.current();
                    if (index % 100 == 50) {
                      asManager().post("/api/catalog/stock/snapshots").then().statusCode(201);
                      return null;
                    }
                    String code = codes.get(random.nextInt(codes.size()));
                    String reason;
                    int delta;
                    switch (random.nextInt(4)) {
                      case 0 -> {
                        reason = "restock";
                        delta = 1 + random.nextInt(5);
                      }
                      case 1 -> {
                        reason = "adjustment";
                        delta =
                            random.nextBoolean() ? 1 + random.nextInt(4) : -1 - random.nextInt(6);
                      }
                      case 2 -> {
                        reason = "sale";
                        delta = -1 - random.nextInt(6);
                      }
                      default -> {
                        reason = "return";
                        delta = 1 + random.nextInt(2);
                      }
                    }
                    Response response = Catalog.move(Catalog.MANAGER, code, delta, reason);
                    switch (response.statusCode()) {
                      case 201 -> {
                        accepted.get(code).addAndGet(delta);
                        acceptedRows.get(code).incrementAndGet();
                        assertThat(response.<Integer>path("balanceAfter")).isNotNegative();
                      }
                      case 409, 503 -> {
                        // refused (not enough stock) or busy (lock timeout): nothing changed
                      }
                      default -> unexpected.add(response.statusCode() + " " + response.asString());
                    }
                    return null;
                  }));
    }
    clients.shutdown();
    assertThat(clients.awaitTermination(5, TimeUnit.MINUTES)).isTrue();
    for (Future<?> done : work) {
      done.get();
    }

    assertThat(unexpected).as("only 201, 409 or a retryable 503").isEmpty();
    // How many takes were refused depends on the random walk and on how many got a busy 503;
    // that taking more than is there is refused is checked on the settled stock below.
    for (String code : codes) {
      int expected = initial.get(code) + accepted.get(code).get();
      asManager()
          .get("/api/catalog/stock/" + code)
          .then()
          .statusCode(200)
          .body("onHand", equalTo(expected))
          .body("available", equalTo(expected));
      asManager()
          .get("/api/catalog/stock/" + code + "/ledger?size=1")
          .then()
          .body("totalItems", equalTo(1 + acceptedRows.get(code).get()))
          .body("items[0].balanceAfter", equalTo(expected));
    }
    String scarce = codes.get(0);
    int left = initial.get(scarce) + accepted.get(scarce).get();
    Catalog.move(Catalog.MANAGER, scarce, -(left + 1), "sale").then().statusCode(409);
    asManager()
        .get("/api/catalog/stock/consistency")
        .then()
        .statusCode(200)
        .body("consistent", equalTo(true))
        .body("brokenSkus", equalTo(0));
    assertThat(negativeBalances()).isZero();
  }

  private static long negativeBalances() throws SQLException {
    try (Connection primary = Environment.primary();
        Statement statement = primary.createStatement();
        ResultSet rs =
            statement.executeQuery(
                "SELECT (SELECT count(*) FROM catalog.sku WHERE on_hand < 0 OR reserved < 0)"
                    + " + (SELECT count(*) FROM catalog.stock_movement WHERE balance_after < 0)")) {
      rs.next();
      return rs.getLong(1);
    }
  }
}
