package com.stockroom.health;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;

/**
 * The read replica's state: {@code streaming}, {@code lagging} (replay more than the configured
 * bytes behind the primary's WAL position) or {@code down}. Always UP: reads fall back to the
 * primary, so a missing replica degrades capacity, not availability.
 */
@Readiness
@ApplicationScoped
public class ReplicaDatabaseCheck implements HealthCheck {

  @Resource(lookup = "java:jboss/datasources/StockroomPrimary")
  DataSource primary;

  @Resource(lookup = "java:jboss/datasources/StockroomReplica")
  DataSource replica;

  @Inject
  @ConfigProperty(name = "stockroom.replica.max-lag-bytes", defaultValue = "16777216")
  long maxLagBytes;

  @Override
  public HealthCheckResponse call() {
    HealthCheckResponseBuilder response = HealthCheckResponse.named("replica-database").up();
    String replayed;
    try (Connection connection = replica.getConnection();
        Statement statement = connection.createStatement()) {
      statement.setQueryTimeout(2);
      try (ResultSet rs =
          statement.executeQuery(
              "SELECT pg_is_in_recovery(), pg_last_wal_receive_lsn()::text,"
                  + " pg_last_wal_replay_lsn()::text, pg_is_wal_replay_paused()")) {
        rs.next();
        if (!rs.getBoolean(1) || rs.getString(3) == null) {
          return response.withData("state", "down").withData("error", "not a standby").build();
        }
        replayed = rs.getString(3);
        response
            .withData("receivedLsn", rs.getString(2) == null ? "" : rs.getString(2))
            .withData("replayedLsn", replayed)
            .withData("replayPaused", rs.getBoolean(4));
      }
    } catch (SQLException e) {
      return response
          .withData("state", "down")
          .withData("error", e.getClass().getSimpleName() + ": " + e.getMessage())
          .build();
    }
    try (Connection connection = primary.getConnection();
        Statement statement = connection.createStatement()) {
      statement.setQueryTimeout(2);
      try (ResultSet rs = statement.executeQuery("SELECT pg_current_wal_lsn()::text")) {
        rs.next();
        long lagBytes = Math.max(0, Lsn.parse(rs.getString(1)) - Lsn.parse(replayed));
        return response
            .withData("state", lagBytes > maxLagBytes ? "lagging" : "streaming")
            .withData("primaryLsn", rs.getString(1))
            .withData("lagBytes", lagBytes)
            .withData("maxLagBytes", maxLagBytes)
            .build();
      }
    } catch (SQLException e) {
      return response.withData("state", "unknown").withData("error", "primary unreachable").build();
    }
  }
}
