package com.stockroom.it.identity;

import static com.stockroom.it.identity.IdentityApi.bearer;
import static com.stockroom.it.identity.IdentityApi.from;
import static com.stockroom.it.identity.IdentityApi.login;
import static com.stockroom.it.identity.IdentityApi.newClientAddress;
import static com.stockroom.it.identity.IdentityApi.passwordLogin;
import static com.stockroom.it.identity.IdentityApi.refresh;
import static com.stockroom.it.identity.IdentityApi.registerCustomer;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.emptyOrNullString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;

import com.stockroom.it.Environment;
import com.stockroom.it.ServerTest;
import com.stockroom.it.Tokens;
import com.stockroom.it.identity.IdentityApi.Account;
import com.stockroom.it.identity.IdentityApi.Session;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.jose4j.jwt.JwtClaims;
import org.junit.jupiter.api.Test;

class TokenIT extends ServerTest {

  private final String address = newClientAddress();

  @Test
  void parallelLoginsOfOneAccountAllGetTokens() throws Exception {
    Account account = registerCustomer(address);
    // Below the account's limit: attempts in flight count against it before the password check.
    int clients = 4;
    ExecutorService pool = Executors.newFixedThreadPool(clients);
    List<Integer> statuses = new ArrayList<>();
    try {
      List<Callable<Integer>> logins = new ArrayList<>();
      for (int i = 0; i < clients; i++) {
        logins.add(() -> passwordLogin(address, account.email(), account.password()).statusCode());
      }
      for (Future<Integer> status : pool.invokeAll(logins)) {
        statuses.add(status.get());
      }
    } finally {
      pool.shutdownNow();
    }
    // Each login records its time on the account; two at once must not conflict over it.
    assertThat(statuses).containsOnly(200);
  }

  @Test
  void jsonPasswordGrantIssuesAnRs256TokenWithTheAgreedClaims() throws Exception {
    Account account = registerCustomer(address);

    JsonPath body =
        passwordLogin(address, account.email().toUpperCase(), account.password())
            .then()
            .statusCode(200)
            .contentType(ContentType.JSON)
            .header("Cache-Control", "no-store")
            .header("Pragma", "no-cache")
            .body("token_type", equalTo("Bearer"))
            .body("expires_in", equalTo(900))
            .body("refresh_token", matchesPattern("[A-Za-z0-9_-]{43}"))
            .extract()
            .jsonPath();

    String token = body.getString("access_token");
    assertThat(Jwts.header(token))
        .contains("\"alg\":\"RS256\"")
        .contains("\"kid\":\"" + Tokens.keyId() + "\"");
    JwtClaims claims = Jwts.verifyWithPublishedKeys(token);
    assertThat(claims.getIssuer()).isEqualTo("stockroom");
    assertThat(claims.getAudience()).containsExactly("stockroom-api");
    assertThat(claims.getSubject()).isEqualTo(Long.toString(account.id()));
    assertThat(claims.getStringClaimValue("upn")).isEqualTo(account.email());
    assertThat(claims.getStringListClaimValue("groups")).containsExactly("customer");
    assertThat(claims.getJwtId()).isNotBlank();
    assertThat(claims.getExpirationTime().getValue() - claims.getIssuedAt().getValue())
        .isEqualTo(900);
    assertThat(claims.hasClaim("brand_id")).isFalse();

    bearer(token)
        .get("/api/identity/me")
        .then()
        .statusCode(200)
        .body("id", equalTo(Long.toString(account.id())));
  }

  @Test
  void formPasswordGrantWorksLikeJson() {
    Account account = registerCustomer(address);

    String token =
        from(address)
            .contentType(ContentType.URLENC)
            .formParam("grant_type", "password")
            .formParam("username", account.email())
            .formParam("password", account.password())
            .post("/api/identity/token")
            .then()
            .statusCode(200)
            .body("token_type", equalTo("Bearer"))
            .body("refresh_token", not(emptyOrNullString()))
            .extract()
            .path("access_token");

    bearer(token)
        .get("/api/identity/me")
        .then()
        .statusCode(200)
        .body("email", equalTo(account.email()));
  }

  @Test
  void tokensFromTheEndpointAndFromTheTestHelperAreAcceptedAlike() throws Exception {
    Account account = registerCustomer(address);
    String issued = login(address, account).accessToken();
    String minted = Tokens.mint(account.id(), account.email(), List.of("customer"), null);

    JwtClaims issuedClaims = Jwts.verifyWithPublishedKeys(issued);
    JwtClaims mintedClaims = Jwts.verifyWithPublishedKeys(minted);
    assertThat(issuedClaims.getClaimNames())
        .containsExactlyInAnyOrderElementsOf(mintedClaims.getClaimNames());
    for (String claim : List.of("iss", "aud", "sub", "upn", "groups")) {
      assertThat(issuedClaims.getClaimValue(claim))
          .as(claim)
          .isEqualTo(mintedClaims.getClaimValue(claim));
    }

    String viaEndpoint =
        bearer(issued).get("/api/identity/me").then().statusCode(200).extract().asString();
    String viaHelper =
        bearer(minted).get("/api/identity/me").then().statusCode(200).extract().asString();
    assertThat(viaEndpoint).isEqualTo(viaHelper);
    bearer(issued).get("/api/identity/users").then().statusCode(403);
    bearer(minted).get("/api/identity/users").then().statusCode(403);
  }

  @Test
  void brandUsersCarryTheirBrandAsTheHelperMintsIt() throws Exception {
    String email = IdentityApi.uniqueEmail("brand");
    String password = IdentityApi.strongPassword();
    String id =
        bearer(Tokens.manager(1))
            .contentType(ContentType.JSON)
            .body(
                Map.of(
                    "email",
                    email,
                    "password",
                    password,
                    "fullName",
                    "Tea Co",
                    "role",
                    "brand",
                    "brandId",
                    "77"))
            .post("/api/identity/users")
            .then()
            .statusCode(201)
            .extract()
            .path("id");

    String issued = login(address, new Account(Long.parseLong(id), email, password)).accessToken();
    JwtClaims issuedClaims = Jwts.verifyWithPublishedKeys(issued);
    JwtClaims mintedClaims = Jwts.verifyWithPublishedKeys(Tokens.brand(Long.parseLong(id), 77));
    assertThat(issuedClaims.getClaimValue("brand_id"))
        .isEqualTo("77")
        .isEqualTo(mintedClaims.getClaimValue("brand_id"));
    assertThat(issuedClaims.getStringListClaimValue("groups")).containsExactly("brand");
    assertThat(issuedClaims.getClaimNames())
        .containsExactlyInAnyOrderElementsOf(mintedClaims.getClaimNames());
    bearer(issued).get("/api/identity/me").then().statusCode(200).body("brandId", equalTo("77"));
  }

  @Test
  void refreshRotatesBothTokens() {
    Account account = registerCustomer(address);
    Session first = login(address, account);

    JsonPath refreshed =
        refresh(address, first.refreshToken())
            .then()
            .statusCode(200)
            .header("Cache-Control", "no-store")
            .extract()
            .jsonPath();
    Session second = Session.of(refreshed);
    assertThat(second.refreshToken()).isNotEqualTo(first.refreshToken());
    assertThat(second.accessToken()).isNotEqualTo(first.accessToken());
    bearer(second.accessToken()).get("/api/identity/me").then().statusCode(200);

    // And again, as JSON this time.
    from(address)
        .contentType(ContentType.JSON)
        .body(Map.of("grant_type", "refresh_token", "refresh_token", second.refreshToken()))
        .post("/api/identity/token")
        .then()
        .statusCode(200)
        .body("refresh_token", not(equalTo(second.refreshToken())));
  }

  @Test
  void aReusedRefreshTokenRevokesItsWholeFamily() {
    Account account = registerCustomer(address);
    Session first = login(address, account);
    Session second =
        Session.of(
            refresh(address, first.refreshToken()).then().statusCode(200).extract().jsonPath());
    Session other = login(address, account);

    refresh(address, first.refreshToken())
        .then()
        .statusCode(400)
        .contentType("application/problem+json")
        .body("type", equalTo("/problems/invalid-grant"))
        .body("error", equalTo("invalid_grant"));

    refresh(address, second.refreshToken())
        .then()
        .statusCode(400)
        .body("error", equalTo("invalid_grant"));
    // Another session of the same user lives on.
    refresh(address, other.refreshToken()).then().statusCode(200);
  }

  @Test
  void parallelRefreshesWithOneTokenSucceedOnceAndEndTheSession() throws Exception {
    Account account = registerCustomer(address);
    Session session = login(address, account);
    int clients = 8;
    ExecutorService pool = Executors.newFixedThreadPool(clients);
    List<Response> responses = new ArrayList<>();
    try {
      List<Callable<Response>> calls = new ArrayList<>();
      for (int i = 0; i < clients; i++) {
        calls.add(() -> refresh(address, session.refreshToken()));
      }
      for (Future<Response> response : pool.invokeAll(calls)) {
        responses.add(response.get());
      }
    } finally {
      pool.shutdownNow();
    }
    List<Response> won = responses.stream().filter(r -> r.statusCode() == 200).toList();
    assertThat(won).hasSize(1);
    assertThat(responses).allSatisfy(r -> assertThat(r.statusCode()).isIn(200, 400));
    refresh(address, won.get(0).jsonPath().getString("refresh_token")).then().statusCode(400);
  }

  @Test
  void anExpiredRefreshTokenIsRefused() throws Exception {
    Account account = registerCustomer(address);
    Session session = login(address, account);
    try (Connection db = Environment.primary();
        PreparedStatement expire =
            db.prepareStatement(
                "UPDATE identity.refresh_tokens SET expires_at = now() - interval '1 second'"
                    + " WHERE token_hash = ?")) {
      expire.setString(1, Jwts.sha256Hex(session.refreshToken()));
      assertThat(expire.executeUpdate()).isEqualTo(1);
    }

    refresh(address, session.refreshToken())
        .then()
        .statusCode(400)
        .body("error", equalTo("invalid_grant"))
        .body("error_description", equalTo("The refresh token has expired or was revoked."));
  }

  @Test
  void revocationEndsTheSessionAndSaysNothingAboutUnknownTokens() {
    Account account = registerCustomer(address);
    Session viaForm = login(address, account);
    Session viaJson = login(address, account);

    from(address)
        .contentType(ContentType.URLENC)
        .formParam("token", viaForm.refreshToken())
        .formParam("token_type_hint", "refresh_token")
        .post("/api/identity/token/revoke")
        .then()
        .statusCode(200);
    from(address)
        .contentType(ContentType.JSON)
        .body(Map.of("token", viaJson.refreshToken()))
        .post("/api/identity/token/revoke")
        .then()
        .statusCode(200);
    refresh(address, viaForm.refreshToken())
        .then()
        .statusCode(400)
        .body("error", equalTo("invalid_grant"));
    refresh(address, viaJson.refreshToken())
        .then()
        .statusCode(400)
        .body("error", equalTo("invalid_grant"));

    from(address)
        .contentType(ContentType.URLENC)
        .formParam("token", "not-a-token-we-ever-issued")
        .post("/api/identity/token/revoke")
        .then()
        .statusCode(200);
    from(address)
        .contentType(ContentType.URLENC)
        .formParam("token_type_hint", "refresh_token")
        .post("/api/identity/token/revoke")
        .then()
        .statusCode(400)
        .body("error", equalTo("invalid_request"))
        .body("errors.field", containsInAnyOrder("token"));
  }

  @Test
  void logoutRevokesEverySessionOfTheCaller() {
    Account account = registerCustomer(address);
    Session phone = login(address, account);
    Session tablet = login(address, account);

    bearer(phone.accessToken()).post("/api/identity/logout").then().statusCode(204);

    refresh(address, phone.refreshToken()).then().statusCode(400);
    refresh(address, tablet.refreshToken()).then().statusCode(400);
    bearer(Tokens.customer(account.id())).post("/api/identity/logout").then().statusCode(204);
    from(address)
        .post("/api/identity/logout")
        .then()
        .statusCode(401)
        .header("WWW-Authenticate", "Bearer");
  }

  @Test
  void wrongPasswordAndUnknownEmailGetTheSameAnswer() {
    Account account = registerCustomer(address);

    JsonPath wrong =
        passwordLogin(address, account.email(), "not-the-password")
            .then()
            .statusCode(400)
            .contentType("application/problem+json")
            .header("Cache-Control", "no-store")
            .extract()
            .jsonPath();
    JsonPath unknown =
        passwordLogin(address, IdentityApi.uniqueEmail("nobody"), "not-the-password")
            .then()
            .statusCode(400)
            .extract()
            .jsonPath();

    assertThat(wrong.getString("type")).isEqualTo("/problems/invalid-grant");
    assertThat(wrong.getString("error")).isEqualTo("invalid_grant");
    for (String member :
        List.of("type", "title", "status", "detail", "error", "error_description")) {
      assertThat(unknown.getString(member)).as(member).isEqualTo(wrong.getString(member));
    }
  }

  @Test
  void malformedTokenRequestsGetOAuthErrorCodes() {
    from(address)
        .contentType(ContentType.URLENC)
        .formParam("username", "a@example.test")
        .formParam("password", "x")
        .post("/api/identity/token")
        .then()
        .statusCode(400)
        .body("error", equalTo("invalid_request"))
        .body("errors.field", containsInAnyOrder("grant_type"));

    from(address)
        .contentType(ContentType.URLENC)
        .formParam("grant_type", "client_credentials")
        .post("/api/identity/token")
        .then()
        .statusCode(400)
        .body("type", equalTo("/problems/unsupported-grant-type"))
        .body("error", equalTo("unsupported_grant_type"));

    from(address)
        .contentType(ContentType.URLENC)
        .formParam("grant_type", "password")
        .formParam("username", "a@example.test", "b@example.test")
        .formParam("password", "x")
        .post("/api/identity/token")
        .then()
        .statusCode(400)
        .body("error", equalTo("invalid_request"))
        .body("errors[0].field", equalTo("username"))
        .body("errors[0].message", equalTo("must not be repeated"));

    from(address)
        .contentType(ContentType.JSON)
        .body(Map.of("username", "a@example.test"))
        .post("/api/identity/token")
        .then()
        .statusCode(400)
        .body("error", equalTo("invalid_request"))
        .body("errors.field", containsInAnyOrder("password"));

    from(address)
        .contentType(ContentType.JSON)
        .body(Map.of("grant_type", "refresh_token"))
        .post("/api/identity/token")
        .then()
        .statusCode(400)
        .body("errors.field", containsInAnyOrder("refresh_token"));

    refresh(address, "never-issued").then().statusCode(400).body("error", equalTo("invalid_grant"));
  }

  @Test
  void jwksPublishesEveryActiveKeyWithPublicMembersOnly() {
    JsonPath jwks =
        from(address)
            .get("/api/identity/jwks")
            .then()
            .statusCode(200)
            .contentType(ContentType.JSON)
            .body("keys", hasSize(2))
            .body("keys[0].kid", equalTo(Tokens.keyId()))
            .extract()
            .jsonPath();
    for (Map<String, Object> key : jwks.<Map<String, Object>>getList("keys")) {
      assertThat(key).containsOnlyKeys("kty", "use", "alg", "kid", "n", "e");
      assertThat(key.get("kty")).isEqualTo("RSA");
    }
  }
}
