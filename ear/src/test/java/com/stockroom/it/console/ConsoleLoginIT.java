package com.stockroom.it.console;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertAll;

import com.stockroom.it.Environment;
import com.stockroom.it.console.StaffAccounts.Account;
import io.restassured.RestAssured;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/** Signing in and out of the console, and what it refuses. */
class ConsoleLoginIT extends ConsoleTest {

  @Test
  void aManagerSignsInAndSeesTheDashboard() {
    Account manager = StaffAccounts.manager("Mara Manager");

    signIn(manager);

    assertThat(browser().currentPath()).isEqualTo(CONSOLE + "/dashboard.xhtml");
    assertThat(browser().text(By.id("page-title"))).isEqualTo("Dashboard");
    assertThat(browser().text(By.id("signed-in-as"))).contains("Mara Manager", "Manager");
    assertThat(browser().isPresent(By.id("nav-customers"))).isTrue();
  }

  @Test
  void aCustomerIsRefusedWithAClearMessage() {
    Account customer = StaffAccounts.customer("Cora Customer");

    signIn(customer);

    assertThat(browser().currentPath()).isEqualTo(CONSOLE + "/login.xhtml");
    assertThat(browser().text(By.id("flash"))).contains("Customer accounts cannot sign in here");
    browser().open(CONSOLE + "/dashboard.xhtml", "dashboard-still-closed");
    assertThat(browser().currentPath()).isEqualTo(CONSOLE + "/login.xhtml");
  }

  @Test
  void aWrongPasswordIsRefused() {
    Account manager = StaffAccounts.manager("Wes Wrong");

    browser().open(CONSOLE + "/login.xhtml", "login-page");
    submitLogin(manager.email(), "not-" + manager.password());

    assertThat(browser().text(By.id("flash"))).contains("Wrong e-mail address or password");
  }

  @Test
  void aPageWithoutASessionRedirectsToLoginAndBackAfterIt() {
    Account manager = StaffAccounts.manager("Rhea Redirect");

    browser().open(CONSOLE + "/dashboard.xhtml", "redirected-to-login");
    assertThat(browser().currentPath()).isEqualTo(CONSOLE + "/login.xhtml");

    submitLogin(manager.email(), manager.password());
    assertThat(browser().currentPath()).isEqualTo(CONSOLE + "/dashboard.xhtml");
  }

  @Test
  void signingOutEndsTheSession() {
    Account manager = StaffAccounts.manager("Otto Out");
    signIn(manager);

    browser().click(By.id("session:logout"), "signed-out");

    assertThat(browser().currentPath()).isEqualTo(CONSOLE + "/login.xhtml");
    assertThat(browser().text(By.id("signed-out"))).contains("You are signed out");
    browser().open(CONSOLE + "/dashboard.xhtml", "dashboard-after-sign-out");
    assertThat(browser().currentPath()).isEqualTo(CONSOLE + "/login.xhtml");
  }

  @Test
  void pagesCarryTheSecurityHeaders() {
    Response login = RestAssured.get(Environment.baseUri() + CONSOLE + "/login.xhtml");
    Response protectedPage =
        RestAssured.given()
            .redirects()
            .follow(false)
            .get(Environment.baseUri() + CONSOLE + "/customers.xhtml");

    assertAll(
        () -> assertThat(login.statusCode()).isEqualTo(200),
        () ->
            assertThat(login.header("Content-Security-Policy")).contains("frame-ancestors 'none'"),
        () -> assertThat(login.header("X-Frame-Options")).isEqualTo("DENY"),
        () -> assertThat(login.header("X-Content-Type-Options")).isEqualTo("nosniff"),
        () -> assertThat(login.header("Referrer-Policy")).isEqualTo("no-referrer"),
        () -> assertThat(login.header("Cache-Control")).isEqualTo("no-store"),
        () -> assertThat(protectedPage.statusCode()).isEqualTo(302),
        () -> assertThat(protectedPage.header("Location")).endsWith(CONSOLE + "/login.xhtml"));
  }
}
