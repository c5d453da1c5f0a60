package com.stockroom.health;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/** Ready only while the primary answers: every write and every fallback read needs it. */
@Readiness
@ApplicationScoped
public class PrimaryDatabaseCheck implements HealthCheck {

  @Resource(lookup = "java:jboss/datasources/StockroomPrimary")
  DataSource primary;

  @Override
  public HealthCheckResponse call() {
    long started = System.nanoTime();
    try (Connection connection = primary.getConnection();
        Statement statement = connection.createStatement()) {
      statement.setQueryTimeout(2);
      try (ResultSet rs = statement.executeQuery("SELECT pg_is_in_recovery()")) {
        rs.next();
        return HealthCheckResponse.named("primary-database")
            .status(!rs.getBoolean(1))
            .withData("inRecovery", rs.getBoolean(1))
            .withData("responseMillis", (System.nanoTime() - started) / 1_000_000)
            .build();
      }
    } catch (SQLException e) {
      return HealthCheckResponse.named("primary-database")
          .down()
          .withData("error", e.getClass().getSimpleName() + ": " + e.getMessage())
          .build();
    }
  }
}
