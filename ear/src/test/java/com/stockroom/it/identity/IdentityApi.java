package com.stockroom.it.identity;

import static io.restassured.RestAssured.given;

import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

/** Small client of the identity endpoints for the tests. */
final class IdentityApi {

  private IdentityApi() {}

  /** A user made through the real registration endpoint. */
  record Account(long id, String email, String password) {}

  /** Tokens from the real token endpoint. */
  record Session(String accessToken, String refreshToken, long expiresIn) {
    static Session of(JsonPath json) {
      return new Session(
          json.getString("access_token"),
          json.getString("refresh_token"),
          json.getLong("expires_in"));
    }
  }

  static String uniqueEmail(String prefix) {
    return prefix + "-" + UUID.randomUUID().toString().substring(0, 12) + "@example.test";
  }

  static String strongPassword() {
    return "pw-" + UUID.randomUUID();
  }

  /** An address of its own for a test, so login limits never mix between tests. */
  static String newClientAddress() {
    ThreadLocalRandom random = ThreadLocalRandom.current();
    return "10." + random.nextInt(256) + "." + random.nextInt(256) + "." + random.nextInt(1, 255);
  }

  /** A request from a client at {@code address} (the test server trusts X-Forwarded-For). */
  static RequestSpecification from(String address) {
    return given().header("X-Forwarded-For", address);
  }

  static Account registerCustomer(String address) {
    String email = uniqueEmail("customer");
    String password = strongPassword();
    String id =
        from(address)
            .contentType(ContentType.JSON)
            .body(Map.of("email", email, "password", password, "fullName", "Test Customer"))
            .post("/api/identity/register")
            .then()
            .statusCode(201)
            .extract()
            .path("id");
    return new Account(Long.parseLong(id), email, password);
  }

  static Response passwordLogin(String address, String username, String password) {
    return from(address)
        .contentType(ContentType.JSON)
        .body(Map.of("username", username, "password", password))
        .post("/api/identity/token");
  }

  static Session login(String address, Account account) {
    return Session.of(
        passwordLogin(address, account.email(), account.password())
            .then()
            .statusCode(200)
            .extract()
            .jsonPath());
  }

  static Response refresh(String address, String refreshToken) {
    return from(address)
        .contentType(ContentType.URLENC)
        .formParam("grant_type", "refresh_token")
        .formParam("refresh_token", refreshToken)
        .post("/api/identity/token");
  }

  static RequestSpecification bearer(String accessToken) {
    return given().auth().oauth2(accessToken);
  }
}
