package com.stockroom.it.orders;

import static com.stockroom.it.orders.Orders.line;
import static com.stockroom.it.orders.Orders.lines;
import static org.assertj.core.api.Assertions.assertThat;

import com.stockroom.it.Environment;
import com.stockroom.it.ServerTest;
import io.restassured.path.json.JsonPath;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ThreadLocalRandom;
import java.util.logging.Logger;
import org.junit.jupiter.api.Test;

/**
 * Many clients at once: the last units of one SKU are sold exactly once, and orders over
 * overlapping SKUs in any line order never deadlock and are each all or nothing. The rates are
 * logged for the record (speed targets belong to the benchmarks, not here).
 */
class OrderConcurrencyIT extends ServerTest {

  private static final Logger LOG = Logger.getLogger(OrderConcurrencyIT.class.getName());

  private final Shop shop = Shop.suite();

  @Test
  void twoHundredClientsRacingForTheLastHundredUnitsBuyExactlyAHundred() throws Exception {
    String sku = shop.newSku(100, 250);
    String body = lines(List.of(line(sku, 1)));
    List<Callable<HttpResponse<String>>> clients = new ArrayList<>();
    List<Long> customers = new ArrayList<>();
    for (int i = 0; i < 200; i++) {
      long customer = Shop.nextUserId();
      customers.add(customer);
      String token = com.stockroom.it.Tokens.customer(customer);
      String key = Orders.key();
      clients.add(() -> Orders.placeRetrying(token, key, body));
    }

    long started = System.nanoTime();
    List<HttpResponse<String>> answers = Orders.concurrently(clients);
    double seconds = (System.nanoTime() - started) / 1e9;

    Map<Integer, Integer> byStatus = countByStatus(answers);
    assertThat(byStatus).containsOnlyKeys(201, 409).containsEntry(201, 100).containsEntry(409, 100);
    for (HttpResponse<String> answer : answers) {
      if (answer.statusCode() == 409) {
        JsonPath problem = JsonPath.from(answer.body());
        assertThat(problem.getString("type")).isEqualTo("/problems/insufficient-stock");
        assertThat(problem.getInt("shortLines[0].available")).isZero();
      }
    }
    assertThat(shop.onHand(sku)).isZero();
    List<Map<String, Object>> sales =
        shop.ledger(sku).stream().filter(row -> "SALE".equals(row.get("reason"))).toList();
    assertThat(sales).hasSize(100);
    assertThat(sales).allSatisfy(row -> assertThat(row.get("deltaQuantity")).isEqualTo(-1));
    assertThat(sales.get(sales.size() - 1).get("balanceAfter")).isEqualTo(0);
    assertThat(ordersOf(customers)).isEqualTo(100);
    shop.assertLedgerConsistent();
    LOG.info(
        String.format(
            "hot SKU race: 200 clients, 100 orders placed, 100 refused in %.2f s: %.0f requests/s,"
                + " %.0f orders/s",
            seconds, 200 / seconds, 100 / seconds));
  }

  @Test
  void fiftyClientsOrderingOverlappingSkusInRandomLineOrderNeverDeadlockAndAreAllOrNothing()
      throws Exception {
    List<String> skus = new ArrayList<>();
    Map<String, Integer> initial = new HashMap<>();
    for (int i = 0; i < 8; i++) {
      String sku = shop.newSku(25, 100 + i);
      skus.add(sku);
      initial.put(sku, 25);
    }
    List<Callable<HttpResponse<String>>> clients = new ArrayList<>();
    List<Map<String, Integer>> requested = new ArrayList<>();
    List<Long> customers = new ArrayList<>();
    for (int i = 0; i < 50; i++) {
      List<String> pick = new ArrayList<>(skus);
      Collections.shuffle(pick);
      List<Map<String, Object>> orderLines = new ArrayList<>();
      Map<String, Integer> wanted = new HashMap<>();
      for (String sku : pick.subList(0, 3 + ThreadLocalRandom.current().nextInt(4))) {
        int quantity = 1 + ThreadLocalRandom.current().nextInt(4);
        orderLines.add(line(sku, quantity));
        wanted.put(sku, quantity);
      }
      requested.add(wanted);
      long customer = Shop.nextUserId();
      customers.add(customer);
      String token = com.stockroom.it.Tokens.customer(customer);
      String body = lines(orderLines);
      String key = Orders.key();
      clients.add(() -> Orders.post(Orders.ORDERS, token, key, body));
    }

    List<HttpResponse<String>> answers = Orders.concurrently(clients);

    assertThat(countByStatus(answers))
        .as("only placed or refused for short stock: no deadlock, no lock timeout, no error")
        .containsOnlyKeys(201, 409);
    Map<String, Integer> sold = new HashMap<>();
    int placed = 0;
    for (int i = 0; i < answers.size(); i++) {
      HttpResponse<String> answer = answers.get(i);
      if (answer.statusCode() != 201) {
        assertThat(JsonPath.from(answer.body()).getString("type"))
            .isEqualTo("/problems/insufficient-stock");
        continue;
      }
      placed++;
      JsonPath order = JsonPath.from(answer.body());
      Map<String, Integer> got = new HashMap<>();
      for (Map<String, Object> orderLine : order.<Map<String, Object>>getList("lines")) {
        got.put((String) orderLine.get("sku"), (Integer) orderLine.get("quantity"));
      }
      assertThat(got).as("every line of a placed order, as asked").isEqualTo(requested.get(i));
      got.forEach((sku, quantity) -> sold.merge(sku, quantity, Integer::sum));
    }
    assertThat(placed).isPositive();
    for (String sku : skus) {
      assertThat(shop.onHand(sku))
          .as("%s: what placed orders took, and nothing for refused ones", sku)
          .isEqualTo(initial.get(sku) - sold.getOrDefault(sku, 0));
    }
    assertThat(ordersOf(customers)).isEqualTo(placed);
    shop.assertLedgerConsistent();
  }

  @Test
  void spreadOrdersOverManySkusAllSucceedAndKeepTheLedgerConsistent() throws Exception {
    List<String> skus = new ArrayList<>();
    for (int i = 0; i < 40; i++) {
      skus.add(shop.newSku(1000, 300));
    }
    List<Callable<HttpResponse<String>>> clients = new ArrayList<>();
    for (int i = 0; i < 32; i++) {
      String token = Shop.newCustomer();
      clients.add(
          () -> {
            HttpResponse<String> last = null;
            for (int n = 0; n < 10; n++) {
              List<String> pick = new ArrayList<>(skus);
              Collections.shuffle(pick);
              last =
                  Orders.placeRetrying(
                      token,
                      Orders.key(),
                      lines(List.of(line(pick.get(0), 1), line(pick.get(1), 2))));
              if (last.statusCode() != 201) {
                return last;
              }
            }
            return last;
          });
    }

    long started = System.nanoTime();
    List<HttpResponse<String>> answers = Orders.concurrently(clients);
    double seconds = (System.nanoTime() - started) / 1e9;

    assertThat(countByStatus(answers)).containsOnlyKeys(201);
    shop.assertLedgerConsistent();
    LOG.info(
        String.format(
            "spread orders: 32 clients x 10 orders of 2 lines over 40 SKUs in %.2f s: %.0f orders/s",
            seconds, 320 / seconds));
  }

  private static Map<Integer, Integer> countByStatus(List<HttpResponse<String>> answers) {
    Map<Integer, Integer> byStatus = new HashMap<>();
    answers.forEach(answer -> byStatus.merge(answer.statusCode(), 1, Integer::sum));
    return byStatus;
  }

  /** Orders in the database of these customers. */
  static int ordersOf(List<Long> customers) throws Exception {
    try (Connection db = Environment.primary();
        PreparedStatement count =
            db.prepareStatement(
                "SELECT count(*) FROM orders.customer_order WHERE customer_id = ANY (?)")) {
      count.setArray(1, db.createArrayOf("bigint", customers.toArray()));
      try (ResultSet rs = count.executeQuery()) {
        rs.next();
        return rs.getInt(1);
      }
    }
  }
}
