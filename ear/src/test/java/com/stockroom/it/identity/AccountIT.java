package com.stockroom.it.identity;

import static com.stockroom.it.identity.IdentityApi.bearer;
import static com.stockroom.it.identity.IdentityApi.login;
import static com.stockroom.it.identity.IdentityApi.newClientAddress;
import static com.stockroom.it.identity.IdentityApi.passwordLogin;
import static com.stockroom.it.identity.IdentityApi.refresh;
import static com.stockroom.it.identity.IdentityApi.registerCustomer;
import static com.stockroom.it.identity.IdentityApi.strongPassword;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import com.stockroom.it.ServerTest;
import com.stockroom.it.Tokens;
import com.stockroom.it.identity.IdentityApi.Account;
import com.stockroom.it.identity.IdentityApi.Session;
import io.restassured.http.ContentType;
import java.util.Map;
import org.junit.jupiter.api.Test;

class AccountIT extends ServerTest {

  private final String address = newClientAddress();

  @Test
  void meShowsTheCallersOwnAccount() {
    Account account = registerCustomer(address);
    Session session = login(address, account);

    bearer(session.accessToken())
        .get("/api/identity/me")
        .then()
        .statusCode(200)
        .body("id", equalTo(Long.toString(account.id())))
        .body("email", equalTo(account.email()))
        .body("fullName", equalTo("Test Customer"))
        .body("roles", containsInAnyOrder("customer"))
        .body("enabled", equalTo(true));
  }

  @Test
  void aTokenForAUserThatDoesNotExistFindsNothing() {
    bearer(Tokens.customer(Long.MAX_VALUE - 7))
        .get("/api/identity/me")
        .then()
        .statusCode(404)
        .contentType("application/problem+json")
        .body("type", equalTo("/problems/not-found"));
  }

  @Test
  void renamingKeepsTheSessions() {
    Account account = registerCustomer(address);
    Session session = login(address, account);

    bearer(session.accessToken())
        .contentType("application/merge-patch+json")
        .body(Map.of("fullName", "  Renamed Person "))
        .patch("/api/identity/me")
        .then()
        .statusCode(200)
        .body("fullName", equalTo("Renamed Person"));
    bearer(session.accessToken())
        .get("/api/identity/me")
        .then()
        .body("fullName", equalTo("Renamed Person"));
    refresh(address, session.refreshToken()).then().statusCode(200);
  }

  @Test
  void changingThePasswordNeedsTheCurrentOneAndEndsEverySession() {
    Account account = registerCustomer(address);
    Session phone = login(address, account);
    Session tablet = login(address, account);
    String newPassword = strongPassword();

    bearer(phone.accessToken())
        .contentType(ContentType.JSON)
        .body(Map.of("password", newPassword))
        .patch("/api/identity/me")
        .then()
        .statusCode(400)
        .body("errors.field", containsInAnyOrder("currentPassword"));
    bearer(phone.accessToken())
        .contentType(ContentType.JSON)
        .body(Map.of("password", newPassword, "currentPassword", "not-the-password"))
        .patch("/api/identity/me")
        .then()
        .statusCode(400)
        .body("errors.field", containsInAnyOrder("currentPassword"));
    bearer(phone.accessToken())
        .contentType(ContentType.JSON)
        .body(Map.of("password", "Password123", "currentPassword", account.password()))
        .patch("/api/identity/me")
        .then()
        .statusCode(400)
        .body("errors.field", hasItem("password"));
    // Nothing changed so far: the sessions live and the old password works.
    refresh(address, tablet.refreshToken()).then().statusCode(200).extract().path("refresh_token");

    Session current = login(address, account);
    bearer(current.accessToken())
        .contentType("application/merge-patch+json")
        .body(Map.of("password", newPassword, "currentPassword", account.password()))
        .patch("/api/identity/me")
        .then()
        .statusCode(200);

    refresh(address, phone.refreshToken())
        .then()
        .statusCode(400)
        .body("error", equalTo("invalid_grant"));
    refresh(address, current.refreshToken())
        .then()
        .statusCode(400)
        .body("error", equalTo("invalid_grant"));
    passwordLogin(address, account.email(), account.password()).then().statusCode(400);
    login(address, new Account(account.id(), account.email(), newPassword));
    // The access token in hand lives until it expires (documented).
    bearer(current.accessToken()).get("/api/identity/me").then().statusCode(200);
  }

  @Test
  void badPatchesAreRefusedWithoutChangingAnything() {
    Account account = registerCustomer(address);
    String token = Tokens.customer(account.id());

    bearer(token)
        .contentType(ContentType.JSON)
        .body(Map.of("fullName", ""))
        .patch("/api/identity/me")
        .then()
        .statusCode(400)
        .body("errors.field", hasItem("fullName"));
    bearer(token)
        .contentType(ContentType.JSON)
        .body("{\"fullName\": ")
        .patch("/api/identity/me")
        .then()
        .statusCode(400)
        .body("type", equalTo("/problems/malformed-body"));
    bearer(token).get("/api/identity/me").then().body("fullName", equalTo("Test Customer"));
  }

  @Test
  void meNeedsAToken() {
    IdentityApi.from(address)
        .get("/api/identity/me")
        .then()
        .statusCode(401)
        .header("WWW-Authenticate", "Bearer")
        .contentType("application/problem+json");
    IdentityApi.from(address)
        .contentType(ContentType.JSON)
        .body(Map.of("fullName", "x"))
        .patch("/api/identity/me")
        .then()
        .statusCode(401);
  }
}
