package com.stockroom.it.console;

import static io.restassured.RestAssured.given;

import com.stockroom.it.Tokens;
import io.restassured.http.ContentType;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

/** Accounts the console tests sign in with, made through the real identity API. */
final class StaffAccounts {

  /** The manager on whose behalf accounts are created (no login needed for that). */
  private static final long CREATOR = 900_700;

  record Account(long id, String email, String password, String fullName) {}

  private StaffAccounts() {}

  static Account manager(String name) {
    return create("manager", name, null);
  }

  static Account brand(String name, long brandId) {
    return create("brand", name, brandId);
  }

  static Account customer(String name) {
    return create("customer", name, null);
  }

  private static Account create(String role, String name, Long brandId) {
    String email = role + "-" + UUID.randomUUID().toString().substring(0, 12) + "@console.test";
    String password = "pw-" + UUID.randomUUID();
    Map<String, Object> body = new HashMap<>();
    body.put("email", email);
    body.put("password", password);
    body.put("fullName", name);
    body.put("role", role);
    if (brandId != null) {
      body.put("brandId", brandId.toString());
    }
    String id =
        given()
            .auth()
            .oauth2(Tokens.manager(CREATOR))
            .contentType(ContentType.JSON)
            .body(body)
            .post("/api/identity/users")
            .then()
            .statusCode(201)
            .extract()
            .path("id");
    return new Account(Long.parseLong(id), email, password, name);
  }
}
