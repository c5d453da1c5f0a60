package com.stockroom.it.catalog;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import com.stockroom.it.Environment;
import com.stockroom.it.ServerTest;
import com.stockroom.it.Tokens;
import java.io.IOException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Reads outside transactions come from the replica; writes go to the primary; a writer reads its
 * own change at once; a lagging or stopped replica sends reads to the primary and readiness says
 * so.
 *
 * <p>The lever is the replica's replay: paused (as superuser), the replica keeps showing the past,
 * so a row changed behind the application's back, directly on the primary, tells which database
 * answered. Every test leaves replay running and the replica up.
 */
class ReadReplicaIT extends ServerTest {

  String brand;
  String category;
  String code;
  String productId;
  String name;

  @BeforeEach
  void product() throws Exception {
    brand = Catalog.brand(Catalog.unique("Replica"));
    category = Catalog.category(Catalog.unique("Replica"), null);
    code = Catalog.unique("R");
    name = Catalog.unique("Replica original");
    productId = Catalog.simpleProduct(name, category, brand, code, 900, 10);
    awaitReplicaCaughtUpAndSeen();
  }

  @AfterEach
  void replicaBackToNormal() throws Exception {
    try (Connection replica = Environment.replicaAsSuperuser();
        Statement statement = replica.createStatement()) {
      statement.execute("SELECT pg_wal_replay_resume()");
    } catch (SQLException stopped) {
      // The stopped-replica test restarts it itself.
    }
  }

  @Test
  void listingsAreServedByTheReplica() throws Exception {
    pauseReplay();
    renameOnPrimaryBehindTheApplication("Changed on the primary only");

    // An uncached query: served by the replica, which still has the original name.
    given()
        .get("/api/catalog/products?brand=" + brand + "&sort=newest&size=37")
        .then()
        .statusCode(200)
        .body("items[0].name", equalTo(name));
    assertThat(primaryName()).isEqualTo("Changed on the primary only");
  }

  @Test
  void writesGoToThePrimaryAndTheWriterReadsThemBackAtOnce() throws Exception {
    pauseReplay();
    String brandUser = Tokens.brand(Catalog.nextUserId(), Long.parseLong(brand));
    String bystander = Tokens.manager(Catalog.nextUserId());

    Catalog.move(brandUser, code, 5, "restock").then().statusCode(201);

    assertThat(onHand(Environment.primary())).as("written on the primary").isEqualTo(15);
    assertThat(onHand(Environment.replica())).as("not replayed yet").isEqualTo(10);
    Catalog.as(brandUser)
        .get("/api/catalog/stock/" + code)
        .then()
        .statusCode(200)
        .body("onHand", equalTo(15));
    Catalog.as(bystander)
        .get("/api/catalog/stock/" + code)
        .then()
        .statusCode(200)
        .body("onHand", equalTo(10));
    // Listings depend on every change: after one, they come from a database that has it.
    given()
        .get("/api/catalog/products?brand=" + brand + "&size=38")
        .then()
        .body("items[0].available", equalTo(15));

    resumeReplay();
    Await.until(
        "the bystander sees the restock once the replica has it",
        Duration.ofSeconds(30),
        () ->
            Integer.valueOf(15)
                .equals(Catalog.as(bystander).get("/api/catalog/stock/" + code).path("onHand")));
  }

  @Test
  void aReplicaLaggingPastTheLimitIsLeftAloneAndReadinessSaysSo() throws Exception {
    pauseReplay();
    try (Connection primary = primaryAsSuperuser();
        Statement statement = primary.createStatement()) {
      // Two segment switches put the primary more than 16 MB (the default limit) ahead.
      statement.execute("SELECT pg_switch_wal()");
      statement.execute("CREATE TEMP TABLE wal_filler AS SELECT 1 AS x");
      statement.execute("SELECT pg_switch_wal()");
      statement.execute("CREATE TEMP TABLE wal_filler_2 AS SELECT 1 AS x");
    }
    Catalog.move(Catalog.MANAGER, code, 1, "adjustment").then().statusCode(201);
    Await.until(
        "readiness reports the replica lagging",
        Duration.ofSeconds(30),
        () -> "lagging".equals(replicaState()));
    given()
        .baseUri(Environment.managementUri())
        .port(Environment.managementPort())
        .get("/health/ready")
        .then()
        .statusCode(200)
        .body("status", equalTo("UP"));

    // Readiness measures the lag itself; the server's replica monitor sees it at its next poll
    // (every 100 ms), and from then on reads go to the primary while the replica stays paused.
    String bystander = Tokens.manager(Catalog.nextUserId());
    Await.until(
        "reads leave the lagging replica",
        Duration.ofSeconds(2),
        () ->
            Catalog.as(bystander).get("/api/catalog/stock/" + code).jsonPath().getInt("onHand")
                == 11);

    resumeReplay();
    Await.until(
        "readiness reports the replica streaming again",
        Duration.ofSeconds(30),
        () -> "streaming".equals(replicaState()));
  }

  @Test
  void readsFallBackToThePrimaryWhenTheReplicaIsStopped() throws Exception {
    replica("stop");
    try {
      Await.until(
          "readiness reports the replica down",
          Duration.ofSeconds(30),
          () -> "down".equals(replicaState()));
      given()
          .baseUri(Environment.managementUri())
          .port(Environment.managementPort())
          .get("/health/ready")
          .then()
          .statusCode(200);

      Catalog.move(Catalog.MANAGER, code, -4, "adjustment").then().statusCode(201);
      String bystander = Tokens.manager(Catalog.nextUserId());
      Catalog.as(bystander)
          .get("/api/catalog/stock/" + code)
          .then()
          .statusCode(200)
          .body("onHand", equalTo(6));
      given()
          .get("/api/catalog/products?brand=" + brand + "&size=39")
          .then()
          .statusCode(200)
          .body("items[0].available", equalTo(6));
      given()
          .get("/api/catalog/products/" + productId)
          .then()
          .statusCode(200)
          .body("available", equalTo(6));
      given().get("/api/catalog/categories/" + category).then().statusCode(200);
    } finally {
      replica("start");
      Await.until(
          "readiness reports the replica streaming again",
          Duration.ofSeconds(30),
          () -> "streaming".equals(replicaState()));
    }
  }

  // ---- levers and observations -----------------------------------------------------------------

  private void pauseReplay() throws SQLException {
    try (Connection replica = Environment.replicaAsSuperuser();
        Statement statement = replica.createStatement()) {
      statement.execute("SELECT pg_wal_replay_pause()");
    }
    Await.until(
        "replay paused",
        Duration.ofSeconds(30),
        () -> "paused".equals(replicaQuery("SELECT pg_get_wal_replay_pause_state()")));
  }

  private void resumeReplay() throws SQLException {
    try (Connection replica = Environment.replicaAsSuperuser();
        Statement statement = replica.createStatement()) {
      statement.execute("SELECT pg_wal_replay_resume()");
    }
  }

  /**
   * Waits until the replica has replayed everything the primary has, and the application's replica
   * monitor has polled it since (its query is in the replica's activity, started later): the
   * application then knows the replica holds this test's product.
   */
  private void awaitReplicaCaughtUpAndSeen() throws SQLException {
    String target;
    try (Connection primary = Environment.primary();
        Statement statement = primary.createStatement();
        ResultSet rs = statement.executeQuery("SELECT pg_current_wal_insert_lsn()::text")) {
      rs.next();
      target = rs.getString(1);
    }
    Await.until(
        "the replica replayed the primary's position",
        Duration.ofSeconds(30),
        () ->
            "true"
                .equals(
                    replicaQuery(
                        "SELECT (pg_last_wal_replay_lsn() >= '" + target + "'::pg_lsn)::text")));
    String caughtUp = replicaQuery("SELECT clock_timestamp()::text");
    Await.until(
        "the application polled the replica after that",
        Duration.ofSeconds(30),
        () ->
            "true"
                .equals(
                    replicaQuery(
                        "SELECT (count(*) > 0)::text FROM pg_stat_activity"
                            + " WHERE query = 'SELECT pg_is_in_recovery(), pg_last_wal_replay_lsn()::text'"
                            + " AND query_start > '"
                            + caughtUp
                            + "'::timestamptz + interval '150 milliseconds'")));
  }

  private void renameOnPrimaryBehindTheApplication(String newName) throws SQLException {
    try (Connection primary = Environment.primary();
        PreparedStatement update =
            primary.prepareStatement("UPDATE catalog.product SET name = ? WHERE id = ?")) {
      update.setString(1, newName);
      update.setLong(2, Long.parseLong(productId));
      assertThat(update.executeUpdate()).isEqualTo(1);
    }
  }

  private String primaryName() throws SQLException {
    try (Connection primary = Environment.primary();
        PreparedStatement query =
            primary.prepareStatement("SELECT name FROM catalog.product WHERE id = ?")) {
      query.setLong(1, Long.parseLong(productId));
      try (ResultSet rs = query.executeQuery()) {
        rs.next();
        return rs.getString(1);
      }
    }
  }

  private int onHand(Connection connection) throws SQLException {
    try (connection;
        PreparedStatement query =
            connection.prepareStatement("SELECT on_hand FROM catalog.sku WHERE code = ?")) {
      query.setString(1, code);
      try (ResultSet rs = query.executeQuery()) {
        rs.next();
        return rs.getInt(1);
      }
    }
  }

  private static String replicaQuery(String sql) {
    try (Connection replica = Environment.replicaAsSuperuser();
        Statement statement = replica.createStatement();
        ResultSet rs = statement.executeQuery(sql)) {
      rs.next();
      return rs.getString(1);
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  private static Connection primaryAsSuperuser() throws SQLException {
    return DriverManager.getConnection(
        "jdbc:postgresql://127.0.0.1:" + Integer.getInteger("it.pg.primary.port") + "/stockroom",
        "postgres",
        System.getProperty("it.pg.superuser.password"));
  }

  /** The replica's state as readiness reports it. */
  private static String replicaState() {
    List<String> states =
        given()
            .baseUri(Environment.managementUri())
            .port(Environment.managementPort())
            .get("/health/ready")
            .path("checks.findAll { it.name == 'replica-database' }.data.state");
    return states.isEmpty() ? null : states.get(0);
  }

  private static void replica(String action) throws IOException, InterruptedException {
    Process process =
        new ProcessBuilder(
                System.getProperty("it.pg.script"),
                "replica",
                Environment.itDir().resolve("pg").toString(),
                action)
            .redirectErrorStream(true)
            .start();
    String output = new String(process.getInputStream().readAllBytes());
    assertThat(process.waitFor(90, TimeUnit.SECONDS)).isTrue();
    assertThat(process.exitValue()).as(output).isZero();
  }
}
