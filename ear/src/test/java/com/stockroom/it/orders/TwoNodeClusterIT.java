package com.stockroom.it.orders;

import static com.stockroom.it.orders.Orders.line;
import static com.stockroom.it.orders.Orders.lines;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.stockroom.it.Environment;
import com.stockroom.it.ServerTest;
import com.stockroom.it.StockroomNode;
import com.stockroom.it.Tokens;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * Two nodes of one shop: the suite server (A) and a second server (B) on the same databases, which
 * finds A through JDBC_PING on the primary and joins its Infinispan cluster. Changes made through
 * one node show in the other's cached listing; failed logins count on both; stock sold through both
 * never oversells; and B, logging in JSON, carries the request id on each line and, stopped with
 * SIGTERM, finishes the order it is working on before it exits.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class TwoNodeClusterIT extends ServerTest {

  private static final Logger LOG = Logger.getLogger(TwoNodeClusterIT.class.getName());

  private static StockroomNode nodeB;
  private static Shop shopA;
  private static Shop shopB;

  @BeforeAll
  static void startSecondNode() {
    // Long enough that the shutdown test's order waits for the lock the test holds.
    nodeB =
        StockroomNode.create(
                "cluster",
                Map.of(
                    "STOCKROOM_CATALOG_LOCK_TIMEOUT_MILLIS", "20000",
                    "STOCKROOM_LOG_FORMAT", "json"))
            .start();
    shopA = Shop.suite();
    shopB = Shop.at(nodeB.httpPort());
  }

  @AfterAll
  static void stopSecondNode() {
    if (nodeB != null) {
      nodeB.close();
    }
  }

  @Test
  @Order(1)
  void aPriceChangedThroughOneNodeShowsInTheOtherNodesCachedListingWithinOneSecond() {
    String sku = shopA.newSku(10, 1000);
    String listing = "/api/catalog/products?brand=" + shopA.brandId() + "&size=100";
    await()
        .atMost(Duration.ofSeconds(10))
        .until(() -> priceIn(shopB, listing, sku) == 1000 && priceIn(shopB, listing, sku) == 1000);

    shopA.setPrice(sku, 1250);
    long changed = System.nanoTime();
    await()
        .atMost(Duration.ofSeconds(1))
        .pollInterval(Duration.ofMillis(25))
        .until(() -> priceIn(shopB, listing, sku) == 1250);
    LOG.info(
        String.format(
            "price change through A seen in B's listing after %d ms",
            (System.nanoTime() - changed) / 1_000_000));
  }

  @Test
  @Order(2)
  void stockSoldThroughOneNodeShowsInTheOtherNodesCachedListingWithinOneSecond() {
    String sku = shopA.newSku(10, 700);
    String listing = "/api/catalog/products?brand=" + shopA.brandId() + "&size=100";
    await()
        .atMost(Duration.ofSeconds(10))
        .until(
            () -> availableIn(shopA, listing, sku) == 10 && availableIn(shopA, listing, sku) == 10);

    Orders.placed(shopB, Shop.newCustomer(), List.of(line(sku, 3)));
    await()
        .atMost(Duration.ofSeconds(1))
        .pollInterval(Duration.ofMillis(25))
        .until(() -> availableIn(shopA, listing, sku) == 7);
  }

  @Test
  @Order(3)
  void aHundredClientsOnBothNodesRacingForTheLastFiftyUnitsBuyExactlyFifty() throws Exception {
    String sku = shopA.newSku(50, 300);
    String body = lines(List.of(line(sku, 1)));
    List<Callable<HttpResponse<String>>> clients = new ArrayList<>();
    for (int i = 0; i < 100; i++) {
      String node = i % 2 == 0 ? Environment.baseUri() : nodeB.baseUri();
      String token = Tokens.customer(Shop.nextUserId());
      String key = Orders.key();
      clients.add(() -> Orders.placeRetrying(node, token, key, body));
    }

    long started = System.nanoTime();
    List<HttpResponse<String>> answers = Orders.concurrently(clients);
    double seconds = (System.nanoTime() - started) / 1e9;

    Map<Integer, Long> byStatus =
        answers.stream()
            .collect(Collectors.groupingBy(HttpResponse::statusCode, Collectors.counting()));
    assertThat(byStatus).containsOnlyKeys(201, 409).containsEntry(201, 50L).containsEntry(409, 50L);
    for (int node = 0; node < 2; node++) {
      int first = node;
      assertThat(
              IntStream.range(0, answers.size())
                  .filter(i -> i % 2 == first)
                  .mapToObj(answers::get)
                  .anyMatch(answer -> answer.statusCode() == 201))
          .as("node %s sold some", node == 0 ? "A" : "B")
          .isTrue();
    }
    assertThat(shopA.onHand(sku)).isZero();
    assertThat(shopA.reserved(sku)).isZero();
    shopA.assertLedgerConsistent();
    LOG.info(
        String.format(
            "two-node race: 100 clients, 50 orders placed, 50 refused in %.2f s", seconds));
  }

  @Test
  @Order(4)
  void failedLoginsCountOnEveryNode() {
    String email = "cluster-" + UUID.randomUUID() + "@example.test";
    String password = "pw-" + UUID.randomUUID();
    shopA
        .anonymous()
        .header("X-Forwarded-For", "10.251.0.1")
        .body(Shop.json(Map.of("email", email, "password", password, "fullName", "Two Nodes")))
        .post("/api/identity/register")
        .then()
        .statusCode(201);

    // The account's limit is 5 failures; addresses differ, so only the account's count can stop it.
    for (int attempt = 1; attempt <= 5; attempt++) {
      Shop node = attempt % 2 == 0 ? shopA : shopB;
      login(node, "10.251.1." + attempt, email, "wrong-" + attempt).then().statusCode(400);
    }
    login(shopA, "10.251.2.1", email, password).then().statusCode(429);
    login(shopB, "10.251.2.2", email, password).then().statusCode(429);
  }

  private static Response login(Shop node, String address, String email, String password) {
    return node.anonymous()
        .header("X-Forwarded-For", address)
        .body(Shop.json(Map.of("username", email, "password", password)))
        .post("/api/identity/token");
  }

  @Test
  @Order(5)
  void aNodeLoggingInJsonWritesOneObjectPerLineWithTheRequestId() throws Exception {
    String requestId = "rid-json-" + UUID.randomUUID();
    shopB
        .anonymous()
        .header("X-Request-ID", requestId)
        .header("X-Forwarded-For", "10.250.0.2")
        .body(
            Shop.json(
                Map.of(
                    "email", "json-" + UUID.randomUUID() + "@example.test",
                    "password", "pw-" + UUID.randomUUID(),
                    "fullName", "Logged In Json")))
        .post("/api/identity/register")
        .then()
        .statusCode(201);

    String line =
        await()
            .atMost(Duration.ofSeconds(5))
            .until(
                () -> {
                  try (Stream<String> lines = Files.lines(nodeB.consoleLog())) {
                    return lines.filter(l -> l.contains(requestId)).findFirst().orElse(null);
                  }
                },
                Objects::nonNull);
    JsonPath json = JsonPath.from(line);
    assertThat(json.getString("mdc.requestId")).isEqualTo(requestId);
    assertThat(json.getString("message")).contains("registered");
    assertThat(json.getString("level")).isEqualTo("INFO");
    assertThat(json.getString("service")).isEqualTo("stockroom");
  }

  @Test
  @Order(6)
  void aNodeStoppedWithSigtermFinishesTheOrderInFlightAndRefusesNewRequests() throws Exception {
    String sku = shopA.newSku(5, 900);
    String customer = Shop.newCustomer();
    String key = Orders.key();
    CompletableFuture<HttpResponse<String>> inFlight;
    try (Connection holder = Environment.primary()) {
      holder.setAutoCommit(false);
      try (PreparedStatement lock =
          holder.prepareStatement("SELECT id FROM catalog.sku WHERE code = ? FOR UPDATE")) {
        lock.setString(1, sku);
        lock.executeQuery().close();
      }
      inFlight =
          CompletableFuture.supplyAsync(
              () ->
                  Orders.post(
                      nodeB.baseUri(), Orders.ORDERS, customer, key, lines(List.of(line(sku, 2)))));
      await().atMost(Duration.ofSeconds(20)).until(TwoNodeClusterIT::anOrderWaitsForTheLock);

      nodeB.terminate();
      await()
          .atMost(Duration.ofSeconds(10))
          .pollInterval(Duration.ofMillis(50))
          .until(() -> shopB.anonymous().get("/api/catalog/products?size=1").statusCode() == 503);
      assertThat(inFlight).isNotDone();
      holder.commit();
    }

    HttpResponse<String> answer = inFlight.get(30, TimeUnit.SECONDS);
    assertThat(answer.statusCode()).as(answer.body()).isEqualTo(201);
    assertThat(nodeB.awaitExit(Duration.ofSeconds(60))).as("node B exits").isTrue();
    assertThat(shopA.onHand(sku)).isEqualTo(3);
    shopA.assertLedgerConsistent();
  }

  private static boolean anOrderWaitsForTheLock() throws SQLException {
    try (Connection connection = Environment.primary();
        ResultSet waiting =
            connection
                .createStatement()
                .executeQuery(
                    "SELECT count(*) FROM pg_stat_activity WHERE wait_event_type = 'Lock'"
                        + " AND query ILIKE '%catalog.sku%'")) {
      return waiting.next() && waiting.getInt(1) > 0;
    }
  }

  private static long priceIn(Shop shop, String listing, String sku) {
    Map<String, Object> item = itemOf(shop, listing, sku);
    return item == null ? -1 : ((Number) ((Map<?, ?>) item.get("price")).get("amount")).longValue();
  }

  private static long availableIn(Shop shop, String listing, String sku) {
    Map<String, Object> item = itemOf(shop, listing, sku);
    return item == null ? -1 : ((Number) item.get("available")).longValue();
  }

  /** The listing item of the product whose name carries the SKU code (Shop names them so). */
  private static Map<String, Object> itemOf(Shop shop, String listing, String sku) {
    List<Map<String, Object>> items = shop.anonymous().get(listing).jsonPath().getList("items");
    return items.stream()
        .filter(item -> ("Product " + sku).equals(item.get("name")))
        .findFirst()
        .orElse(null);
  }
}
