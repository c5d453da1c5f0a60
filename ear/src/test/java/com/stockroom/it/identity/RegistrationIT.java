package com.stockroom.it.identity;

import static com.stockroom.it.identity.IdentityApi.from;
import static com.stockroom.it.identity.IdentityApi.newClientAddress;
import static com.stockroom.it.identity.IdentityApi.strongPassword;
import static com.stockroom.it.identity.IdentityApi.uniqueEmail;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import com.stockroom.it.Environment;
import com.stockroom.it.ServerTest;
import com.stockroom.it.Tokens;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

class RegistrationIT extends ServerTest {

  private final String address = newClientAddress();

  @Test
  void registersACustomerWithANormalizedEmail() {
    String email = uniqueEmail("Ann.Lee").toUpperCase(Locale.ROOT);

    String location =
        from(address)
            .contentType(ContentType.JSON)
            .body(
                Map.of(
                    "email",
                    "  " + email + " ",
                    "password",
                    strongPassword(),
                    "fullName",
                    " Ann Lee "))
            .post("/api/identity/register")
            .then()
            .statusCode(201)
            .contentType(ContentType.JSON)
            .body("id", matchesPattern("[0-9]+"))
            .body("email", equalTo(email.toLowerCase(Locale.ROOT)))
            .body("fullName", equalTo("Ann Lee"))
            .body("roles", containsInAnyOrder("customer"))
            .body("brandId", nullValue())
            .body("enabled", equalTo(true))
            .body("createdAt", matchesPattern("\\d{4}-\\d\\d-\\d\\dT.*Z"))
            .body("$", not(hasKey("password")))
            .extract()
            .header("Location");
    assertThat(location).matches(".*/api/identity/users/[0-9]+");
  }

  @Test
  void storesOnlyAPbkdf2HashOfThePassword() throws Exception {
    String email = uniqueEmail("hash");
    String password = strongPassword();
    from(address)
        .contentType(ContentType.JSON)
        .body(Map.of("email", email, "password", password, "fullName", "Hash Check"))
        .post("/api/identity/register")
        .then()
        .statusCode(201);

    try (Connection db = Environment.primary();
        PreparedStatement query =
            db.prepareStatement("SELECT password_hash FROM identity.users WHERE email = ?")) {
      query.setString(1, email);
      try (ResultSet rs = query.executeQuery()) {
        assertThat(rs.next()).isTrue();
        assertThat(rs.getString(1)).startsWith("pbkdf2-sha256$600000$").doesNotContain(password);
      }
    }
  }

  @Test
  void anEmailIsTakenWhateverItsCase() {
    String email = uniqueEmail("taken");
    register(email, strongPassword()).then().statusCode(201);

    register(email.toUpperCase(Locale.ROOT), strongPassword())
        .then()
        .statusCode(409)
        .contentType("application/problem+json")
        .body("type", equalTo("/problems/email-taken"))
        .body("status", equalTo(409));
  }

  @Test
  void refusesWeakPasswordsAndListsEveryBrokenField() {
    from(address)
        .contentType(ContentType.JSON)
        .body(Map.of("email", "not-an-address", "password", "short", "fullName", " "))
        .post("/api/identity/register")
        .then()
        .statusCode(400)
        .contentType("application/problem+json")
        .body("type", equalTo("/problems/validation"))
        .body("errors.field", containsInAnyOrder("email", "password", "fullName"));

    register(uniqueEmail("common"), "Password123")
        .then()
        .statusCode(400)
        .body("errors.field", containsInAnyOrder("password"))
        .body("errors[0].message", equalTo("is too common; choose a less guessable password"));

    String email = uniqueEmail("self");
    register(email, email)
        .then()
        .statusCode(400)
        .body("errors.message", hasItem("must not be the e-mail address"));

    register("no-at-sign.example.test", strongPassword())
        .then()
        .statusCode(400)
        .body("errors.field", containsInAnyOrder("email"));
    register("nodot@localhost", strongPassword())
        .then()
        .statusCode(400)
        .body("errors.field", containsInAnyOrder("email"))
        .body("errors[0].message", equalTo("must be an e-mail address"));
  }

  @Test
  void refusedRegistrationsCreateNothing() throws Exception {
    String email = uniqueEmail("refused");
    register(email, "Password123").then().statusCode(400);

    try (Connection db = Environment.primary();
        PreparedStatement query =
            db.prepareStatement("SELECT count(*) FROM identity.users WHERE email = ?")) {
      query.setString(1, email);
      try (ResultSet rs = query.executeQuery()) {
        rs.next();
        assertThat(rs.getInt(1)).isZero();
      }
    }
  }

  @Test
  void parallelRegistrationsOfOneEmailMakeExactlyOneAccount() throws Exception {
    String email = uniqueEmail("race");
    int clients = 8;
    ExecutorService pool = Executors.newFixedThreadPool(clients);
    try {
      List<Callable<Integer>> attempts = new ArrayList<>();
      for (int i = 0; i < clients; i++) {
        String candidate = i % 2 == 0 ? email : email.toUpperCase(Locale.ROOT);
        attempts.add(() -> register(candidate, strongPassword()).statusCode());
      }
      List<Integer> statuses = new ArrayList<>();
      for (Future<Integer> result : pool.invokeAll(attempts)) {
        statuses.add(result.get());
      }
      assertThat(statuses).containsOnly(201, 409);
      assertThat(statuses).filteredOn(s -> s == 201).hasSize(1);
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void theLocationNamesTheNewUserForStaff() {
    String location =
        register(uniqueEmail("located"), strongPassword())
            .then()
            .statusCode(201)
            .extract()
            .header("Location");
    String id = location.substring(location.lastIndexOf('/') + 1);

    IdentityApi.bearer(Tokens.manager(1))
        .get(location)
        .then()
        .statusCode(200)
        .body("id", equalTo(id))
        .body("roles", containsInAnyOrder("customer"));
  }

  private Response register(String email, String password) {
    return from(address)
        .contentType(ContentType.JSON)
        .body(Map.of("email", email, "password", password, "fullName", "Test Person"))
        .post("/api/identity/register");
  }
}
