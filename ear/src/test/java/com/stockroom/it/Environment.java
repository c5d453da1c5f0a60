package com.stockroom.it;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;

/** Where this run's server and databases are (from it-environment.sh via failsafe). */
public final class Environment {

  private Environment() {}

  public static int httpPort() {
    return Integer.getInteger("it.http.port");
  }

  public static int managementPort() {
    return Integer.getInteger("it.management.port");
  }

  public static String baseUri() {
    return "http://127.0.0.1:" + httpPort();
  }

  public static String managementUri() {
    return "http://127.0.0.1:" + managementPort();
  }

  public static Path itDir() {
    return Path.of(System.getProperty("it.dir"));
  }

  /** The application's own database user on the primary. */
  public static Connection primary() throws SQLException {
    return DriverManager.getConnection(
        "jdbc:postgresql://127.0.0.1:" + Integer.getInteger("it.pg.primary.port") + "/stockroom",
        "stockroom",
        System.getProperty("it.db.password"));
  }

  /** The application's own database user on the replica. */
  public static Connection replica() throws SQLException {
    return DriverManager.getConnection(
        "jdbc:postgresql://127.0.0.1:" + Integer.getInteger("it.pg.replica.port") + "/stockroom",
        "stockroom",
        System.getProperty("it.db.password"));
  }

  /** The superuser on the replica, for pausing replay and similar test levers. */
  public static Connection replicaAsSuperuser() throws SQLException {
    return DriverManager.getConnection(
        "jdbc:postgresql://127.0.0.1:" + Integer.getInteger("it.pg.replica.port") + "/stockroom",
        "postgres",
        System.getProperty("it.pg.superuser.password"));
  }
}
