package com.stockroom.it.identity;

import static com.stockroom.it.identity.IdentityApi.bearer;
import static com.stockroom.it.identity.IdentityApi.login;
import static com.stockroom.it.identity.IdentityApi.newClientAddress;
import static com.stockroom.it.identity.IdentityApi.passwordLogin;
import static com.stockroom.it.identity.IdentityApi.refresh;
import static com.stockroom.it.identity.IdentityApi.registerCustomer;
import static com.stockroom.it.identity.IdentityApi.strongPassword;
import static com.stockroom.it.identity.IdentityApi.uniqueEmail;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;

import com.stockroom.it.ServerTest;
import com.stockroom.it.Tokens;
import com.stockroom.it.identity.IdentityApi.Account;
import com.stockroom.it.identity.IdentityApi.Session;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class UserAdministrationIT extends ServerTest {

  private static final long MANAGER = 900_001;

  private final String address = newClientAddress();
  private final String manager = Tokens.manager(MANAGER);

  @Test
  void managersCreateManagersAndBrandUsersWhoCanLogIn() {
    String email = uniqueEmail("staff");
    String password = strongPassword();
    Response created = create(email, password, "manager", null);
    created
        .then()
        .statusCode(201)
        .header("Location", containsString("/api/identity/users/"))
        .body("roles", containsInAnyOrder("manager"));
    long id = Long.parseLong(created.path("id"));

    Session session = login(address, new Account(id, email, password));
    bearer(session.accessToken()).get("/api/identity/users").then().statusCode(200);

    String brandEmail = uniqueEmail("brand");
    create(brandEmail, strongPassword(), "brand", "31")
        .then()
        .statusCode(201)
        .body("roles", containsInAnyOrder("brand"))
        .body("brandId", equalTo("31"));
  }

  @Test
  void creationRulesAreChecked() {
    create(uniqueEmail("brandless"), strongPassword(), "brand", null)
        .then()
        .statusCode(400)
        .body("errors.field", containsInAnyOrder("brandId"));
    create(uniqueEmail("brandful"), strongPassword(), "manager", "3")
        .then()
        .statusCode(400)
        .body("errors.field", containsInAnyOrder("brandId"));
    create(uniqueEmail("odd"), strongPassword(), "admin", "x")
        .then()
        .statusCode(400)
        .body("type", equalTo("/problems/validation"))
        .body("errors.field", containsInAnyOrder("role", "brandId"));
    Account taken = registerCustomer(address);
    create(taken.email(), strongPassword(), "manager", null)
        .then()
        .statusCode(409)
        .body("type", equalTo("/problems/email-taken"));
  }

  @Test
  void customersAreListedAndSearchedPageByPage() {
    String marker = "Findme" + UUID.randomUUID().toString().substring(0, 8);
    List<String> ids = new ArrayList<>();
    for (int i = 0; i < 5; i++) {
      ids.add(
          IdentityApi.from(address)
              .contentType(ContentType.JSON)
              .body(
                  Map.of(
                      "email", uniqueEmail("listed"),
                      "password", strongPassword(),
                      "fullName", marker + " Number " + i))
              .post("/api/identity/register")
              .then()
              .statusCode(201)
              .extract()
              .path("id"));
    }

    Response first =
        bearer(manager)
            .queryParam("role", "customer")
            .queryParam("q", marker.toLowerCase())
            .queryParam("size", 2)
            .get("/api/identity/users");
    first
        .then()
        .statusCode(200)
        .body("items", hasSize(2))
        .body("page", equalTo(1))
        .body("size", equalTo(2))
        .body("totalItems", equalTo(5))
        .body("totalPages", equalTo(3))
        .body("items.id", equalTo(ids.subList(0, 2)))
        .body("items.roles.flatten()", everyItem(equalTo("customer")));
    assertThat(links(first))
        .contains("rel=\"next\"")
        .contains("page=2")
        .doesNotContain("rel=\"prev\"");

    Response last =
        bearer(manager)
            .queryParam("role", "customer")
            .queryParam("q", marker)
            .queryParam("size", 2)
            .queryParam("page", 3)
            .get("/api/identity/users");
    last.then().statusCode(200).body("items.id", equalTo(ids.subList(4, 5)));
    assertThat(links(last))
        .contains("rel=\"prev\"")
        .contains("page=2")
        .doesNotContain("rel=\"next\"");

    bearer(manager)
        .queryParam("q", "no-such-" + marker)
        .get("/api/identity/users")
        .then()
        .statusCode(200)
        .body("items", hasSize(0))
        .body("totalItems", equalTo(0));
  }

  @Test
  void searchWildcardsAreLiteral() {
    bearer(manager)
        .queryParam("q", "%")
        .queryParam("role", "customer")
        .get("/api/identity/users")
        .then()
        .statusCode(200)
        .body("totalItems", equalTo(0));
  }

  @Test
  void badListParametersAreAllReportedAtOnce() {
    bearer(manager)
        .queryParam("role", "admin")
        .queryParam("enabled", "maybe")
        .queryParam("size", 101)
        .queryParam("page", "abc")
        .get("/api/identity/users")
        .then()
        .statusCode(400)
        .contentType("application/problem+json")
        .body("errors.field", containsInAnyOrder("role", "enabled", "size", "page"));
  }

  @Test
  void aDisabledUserCanNeitherLogInNorRefreshUntilEnabled() {
    Account account = registerCustomer(address);
    Session session = login(address, account);

    bearer(manager)
        .post("/api/identity/users/" + account.id() + "/disable")
        .then()
        .statusCode(200)
        .body("enabled", equalTo(false));

    passwordLogin(address, account.email(), account.password())
        .then()
        .statusCode(400)
        .body("error", equalTo("invalid_grant"));
    refresh(address, session.refreshToken())
        .then()
        .statusCode(400)
        .body("error", equalTo("invalid_grant"));
    // Documented: an access token already issued lives until it expires (15 minutes by default).
    bearer(session.accessToken())
        .get("/api/identity/me")
        .then()
        .statusCode(200)
        .body("enabled", equalTo(false));
    bearer(session.accessToken())
        .contentType(ContentType.JSON)
        .body(Map.of("fullName", "Still Here"))
        .patch("/api/identity/me")
        .then()
        .statusCode(403)
        .body("type", equalTo("/problems/account-disabled"));
    bearer(manager)
        .queryParam("enabled", "false")
        .queryParam("q", account.email())
        .get("/api/identity/users")
        .then()
        .body("items.id", hasItem(Long.toString(account.id())));

    bearer(manager)
        .post("/api/identity/users/" + account.id() + "/enable")
        .then()
        .statusCode(200)
        .body("enabled", equalTo(true));
    login(address, account);
  }

  @Test
  void aManagerCannotDisableThemself() {
    bearer(manager)
        .post("/api/identity/users/" + MANAGER + "/disable")
        .then()
        .statusCode(409)
        .body("type", equalTo("/problems/cannot-disable-self"));
  }

  @Test
  void unknownUsersAre404() {
    bearer(manager)
        .get("/api/identity/users/999999999")
        .then()
        .statusCode(404)
        .body("type", equalTo("/problems/not-found"));
    bearer(manager).get("/api/identity/users/abc").then().statusCode(404);
    bearer(manager).post("/api/identity/users/999999999/disable").then().statusCode(404);
    bearer(manager).post("/api/identity/users/-3/enable").then().statusCode(404);
  }

  @Test
  void onlyManagersAdministerUsers() {
    Account account = registerCustomer(address);
    String customer = Tokens.customer(account.id());
    bearer(customer).get("/api/identity/users").then().statusCode(403);
    bearer(customer).get("/api/identity/users/" + account.id()).then().statusCode(403);
    bearer(customer)
        .post("/api/identity/users/" + account.id() + "/disable")
        .then()
        .statusCode(403);
    bearer(Tokens.brand(account.id(), 5))
        .post("/api/identity/users/" + account.id() + "/enable")
        .then()
        .statusCode(403);
    bearer(customer)
        .contentType(ContentType.JSON)
        .body(
            Map.of(
                "email",
                uniqueEmail("x"),
                "password",
                strongPassword(),
                "fullName",
                "X",
                "role",
                "manager"))
        .post("/api/identity/users")
        .then()
        .statusCode(403);
    IdentityApi.from(address)
        .get("/api/identity/users")
        .then()
        .statusCode(401)
        .header("WWW-Authenticate", "Bearer");
    bearer(manager)
        .get("/api/identity/users/" + account.id())
        .then()
        .statusCode(200)
        .body("enabled", equalTo(true));
  }

  private static String links(Response response) {
    return String.join(", ", response.headers().getValues("Link"));
  }

  private Response create(String email, String password, String role, String brandId) {
    Map<String, Object> body = new HashMap<>();
    body.put("email", email);
    body.put("password", password);
    body.put("fullName", "Staff Person");
    body.put("role", role);
    if (brandId != null) {
      body.put("brandId", brandId);
    }
    return bearer(manager).contentType(ContentType.JSON).body(body).post("/api/identity/users");
  }
}
