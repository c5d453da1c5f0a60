package com.stockroom.it.identity;

import static com.stockroom.it.identity.IdentityApi.bearer;
import static com.stockroom.it.identity.IdentityApi.newClientAddress;
import static com.stockroom.it.identity.IdentityApi.passwordLogin;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;

import com.stockroom.it.ServerTest;
import org.jose4j.jwt.JwtClaims;
import org.junit.jupiter.api.Test;

/** The test server is told to seed the demo users, as the run command does. */
class DemoUsersIT extends ServerTest {

  private final String address = newClientAddress();

  @Test
  void theDemoManagerLogsInWithTheConfiguredPasswordAndAdministers() throws Exception {
    String token =
        passwordLogin(
                address, "manager@example.com", System.getProperty("it.seed.manager.password"))
            .then()
            .statusCode(200)
            .extract()
            .path("access_token");

    JwtClaims claims = Jwts.verifyWithPublishedKeys(token);
    assertThat(claims.getStringListClaimValue("groups")).containsExactly("manager");
    bearer(token).get("/api/identity/users").then().statusCode(200);
  }

  @Test
  void theDemoCustomerIsACustomer() {
    String token =
        passwordLogin(
                address, "customer@example.com", System.getProperty("it.seed.customer.password"))
            .then()
            .statusCode(200)
            .extract()
            .path("access_token");

    bearer(token)
        .get("/api/identity/me")
        .then()
        .statusCode(200)
        .body("email", equalTo("customer@example.com"))
        .body("roles", containsInAnyOrder("customer"));
    bearer(token).get("/api/identity/users").then().statusCode(403);
  }
}
