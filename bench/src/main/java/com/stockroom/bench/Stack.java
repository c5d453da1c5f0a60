package com.stockroom.bench;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;

/**
 * The stack bench/run started: the server's HTTP port and process, and the PostgreSQL primary with
 * the application's and the superuser's passwords (from pg-cluster.sh's env.properties).
 *
 * @param dir where bench/run keeps the stack (PostgreSQL data, server base directory, keys)
 * @param pgBin the PostgreSQL client programs (pgbench, psql, pg_dump) matching the server
 * @param info how bench/run set the stack up (server memory, pools, commit), for the report
 */
record Stack(
    Path dir,
    int httpPort,
    long serverPid,
    int primaryPort,
    String dbUser,
    String dbPassword,
    String superuserPassword,
    Path pgBin,
    Map<String, String> info) {

  static final String DATABASE = "stockroom";

  private static final String INFO_PREFIX = "info.";

  Stack {
    info = Collections.unmodifiableMap(new LinkedHashMap<>(info));
  }

  static Stack read(Path dir) throws IOException {
    Properties stack = load(dir.resolve("stack.properties"));
    Properties pg = load(dir.resolve("pg/env.properties"));
    return new Stack(
        dir,
        Integer.parseInt(required(stack, "http.port")),
        Long.parseLong(required(stack, "server.pid")),
        Integer.parseInt(required(pg, "PG_PRIMARY_PORT")),
        required(pg, "STOCKROOM_DB_USER"),
        required(pg, "STOCKROOM_DB_PASSWORD"),
        required(pg, "PG_SUPERUSER_PASSWORD"),
        Path.of(required(stack, "pg.bin")),
        info(stack));
  }

  private static Map<String, String> info(Properties stack) {
    Map<String, String> info = new TreeMap<>();
    for (String name : stack.stringPropertyNames()) {
      if (name.startsWith(INFO_PREFIX)) {
        info.put(name.substring(INFO_PREFIX.length()), stack.getProperty(name));
      }
    }
    return info;
  }

  String baseUri() {
    return "http://127.0.0.1:" + httpPort;
  }

  Connection primary() throws SQLException {
    return connect(DATABASE, dbUser, dbPassword);
  }

  Connection connect(String database, String user, String password) throws SQLException {
    return DriverManager.getConnection(
        "jdbc:postgresql://127.0.0.1:" + primaryPort + "/" + database, user, password);
  }

  Connection superuser(String database) throws SQLException {
    return connect(database, "postgres", superuserPassword);
  }

  /** A PostgreSQL client program with the connection to the primary as the given user. */
  ProcessBuilder pgProgram(String user, String program, String... args) {
    String[] command = new String[args.length + 4];
    command[0] = pgBin.resolve(program).toString();
    command[1] = "-h127.0.0.1";
    command[2] = "-p" + primaryPort;
    command[3] = "-U" + user;
    System.arraycopy(args, 0, command, 4, args.length);
    ProcessBuilder builder = new ProcessBuilder(command);
    builder
        .environment()
        .put("PGPASSWORD", user.equals("postgres") ? superuserPassword : dbPassword);
    return builder;
  }

  private static Properties load(Path file) throws IOException {
    Properties properties = new Properties();
    try (InputStream in = Files.newInputStream(file)) {
      properties.load(in);
    }
    return properties;
  }

  private static String required(Properties properties, String name) {
    String value = properties.getProperty(name);
    if (value == null || value.isBlank()) {
      throw new IllegalStateException(name + " is missing from the stack description");
    }
    return value;
  }
}
