package com.stockroom.it;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class PlatformIT extends ServerTest {

  @Test
  void deploymentCreatedTheFourModuleSchemasThroughLiquibase() throws SQLException {
    List<String> migrated = new ArrayList<>();
    try (Connection db = Environment.primary();
        Statement statement = db.createStatement();
        ResultSet rs =
            statement.executeQuery(
                "SELECT table_schema FROM information_schema.tables"
                    + " WHERE table_name = 'databasechangelog' ORDER BY 1")) {
      while (rs.next()) {
        migrated.add(rs.getString(1));
      }
    }
    assertThat(migrated).containsExactly("catalog", "identity", "notifications", "orders");
  }

  @Test
  void replicaIsReadOnlyAndShowsAPrimaryWriteWithinOneSecond() throws Exception {
    String marker = UUID.randomUUID().toString();
    try (Connection primary = Environment.primary();
        Statement statement = primary.createStatement()) {
      statement.execute("CREATE TABLE IF NOT EXISTS public.replication_probe (marker text)");
      statement.execute("INSERT INTO public.replication_probe VALUES ('" + marker + "')");
    }
    long written = System.nanoTime();
    try (Connection replica = Environment.replica();
        Statement statement = replica.createStatement()) {
      boolean seen = false;
      while (!seen && System.nanoTime() - written < 1_000_000_000L) {
        try (ResultSet rs =
            statement.executeQuery(
                "SELECT count(*) FROM public.replication_probe WHERE marker = '" + marker + "'")) {
          rs.next();
          seen = rs.getInt(1) == 1;
        } catch (SQLException tableNotYetReplicated) {
          seen = false;
        }
      }
      assertThat(seen).as("primary write visible on the replica within 1 s").isTrue();
      SQLException refused =
          assertThrows(
              SQLException.class,
              () -> statement.execute("INSERT INTO public.replication_probe VALUES ('x')"));
      assertThat(refused.getSQLState()).isEqualTo("25006"); // read_only_sql_transaction
    }
  }

  @Test
  void openApiDocumentAndSwaggerUiAreServed() {
    given()
        .accept("application/json")
        .get("/openapi")
        .then()
        .statusCode(200)
        .body("info.title", equalTo("Stockroom API"));
    given().get("/api/docs").then().statusCode(200).body(containsString("swagger-ui"));
    given()
        .get("/api/docs/swagger-ui-bundle.js")
        .then()
        .statusCode(200)
        .contentType(containsString("javascript"));
  }

  @Test
  void readinessIsUpWithPrimaryAndReportsTheReplicaState() {
    given()
        .baseUri(Environment.managementUri())
        .port(Environment.managementPort())
        .get("/health/ready")
        .then()
        .statusCode(200)
        .body("status", equalTo("UP"))
        .body("checks.name", hasItems("primary-database", "replica-database"));
    given()
        .baseUri(Environment.managementUri())
        .port(Environment.managementPort())
        .get("/health/live")
        .then()
        .statusCode(200)
        .body("status", equalTo("UP"));
  }
}
