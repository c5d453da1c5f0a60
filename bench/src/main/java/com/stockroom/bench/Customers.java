package com.stockroom.bench;

import com.stockroom.identity.domain.PasswordHash;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * The benchmark's customers: rows in identity.users as registration writes them, and access tokens
 * from the real token endpoint for the scenarios that need a signed-in customer.
 */
final class Customers {

  static final int COUNT = 1000;

  private static final SecureRandom RANDOM = new SecureRandom();

  private final String password;

  private Customers(String password) {
    this.password = password;
  }

  /** A password made for this run; letters and digits only, so Lua can put it in JSON as is. */
  static Customers withNewPassword() {
    String alphabet = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789";
    StringBuilder password = new StringBuilder("Bench-");
    for (int i = 0; i < 20; i++) {
      password.append(alphabet.charAt(RANDOM.nextInt(alphabet.length())));
    }
    return new Customers(password.toString());
  }

  String password() {
    return password;
  }

  static String email(int number) {
    return String.format("customer-%04d@bench.stockroom.test", number);
  }

  /**
   * Inserts {@link #COUNT} customers as registration would (enabled, version 0, role customer).
   * They share one password hash made by identity's own {@link PasswordHash} at its production
   * cost: hashing 1 000 passwords at 600 000 iterations would take minutes and measure nothing,
   * while every login still pays the full cost of checking it.
   */
  void seed(Stack stack) throws SQLException {
    String hash = PasswordHash.of(password).encoded();
    try (Connection db = stack.primary();
        PreparedStatement insert =
            db.prepareStatement(
                "INSERT INTO identity.users (email, full_name, password_hash, role, brand_id,"
                    + " enabled, created_at, updated_at, password_changed_at, version)"
                    + " SELECT format('customer-%s@bench.stockroom.test', lpad(n::text, 4, '0')),"
                    + " 'Bench Customer ' || n, ?, 'customer', NULL, true, now(), now(), now(), 0"
                    + " FROM generate_series(1, ?) AS n")) {
      insert.setString(1, hash);
      insert.setInt(2, COUNT);
      insert.executeUpdate();
    }
  }

  /**
   * Signs in the first {@code count} customers through POST /api/identity/token, two at a time (the
   * machine's cores), and writes one access token per line to {@code file}.
   */
  void writeAccessTokens(Stack stack, int count, Path file)
      throws IOException, InterruptedException {
    HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    ExecutorService pool = Executors.newFixedThreadPool(2);
    try {
      List<Future<String>> tokens = new ArrayList<>();
      for (int n = 1; n <= count; n++) {
        String email = email(n);
        tokens.add(pool.submit(() -> accessToken(http, stack, email)));
      }
      List<String> lines = new ArrayList<>();
      for (Future<String> token : tokens) {
        lines.add(token.get());
      }
      Files.write(file, lines);
    } catch (ExecutionException e) {
      throw new IllegalStateException("signing in a bench customer failed", e.getCause());
    } finally {
      pool.shutdownNow();
    }
  }

  private String accessToken(HttpClient http, Stack stack, String email)
      throws IOException, InterruptedException {
    String body =
        Json.createObjectBuilder()
            .add("username", email)
            .add("password", password)
            .build()
            .toString();
    HttpResponse<String> response =
        http.send(
            HttpRequest.newBuilder(URI.create(stack.baseUri() + "/api/identity/token"))
                .timeout(Duration.ofSeconds(30))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .build(),
            HttpResponse.BodyHandlers.ofString());
    if (response.statusCode() != 200) {
      throw new IllegalStateException(
          "token for " + email + ": HTTP " + response.statusCode() + " " + response.body());
    }
    try (JsonReader reader = Json.createReader(new StringReader(response.body()))) {
      JsonObject json = reader.readObject();
      return json.getString("access_token");
    }
  }
}
