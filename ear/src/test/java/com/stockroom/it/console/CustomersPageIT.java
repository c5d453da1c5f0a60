package com.stockroom.it.console;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import com.stockroom.it.console.StaffAccounts.Account;
import io.restassured.http.ContentType;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/** Customers: a manager finds a customer, disables the account (which stops logins), enables it. */
class CustomersPageIT extends ConsoleTest {

  @Test
  void aManagerDisablesAndEnablesACustomer() {
    String marker = "Dora" + UUID.randomUUID().toString().substring(0, 8);
    Account customer = StaffAccounts.customer(marker + " Disabled");
    signIn(StaffAccounts.manager("Carl Customers"));

    browser().click(By.id("nav-customers"), "customers");
    browser().type(By.id("q"), marker);
    browser().click(By.id("search"), "customers-found");
    assertThat(browser().all(By.cssSelector("#customers\\:table tbody tr"))).hasSize(1);
    assertThat(browser().text(By.cssSelector("#customers\\:table .email")))
        .isEqualTo(customer.email());

    browser().click(By.cssSelector("#customers\\:table input[value='Disable']"), "disabled");
    assertThat(browser().text(By.id("flash"))).contains(customer.email() + " is disabled");
    assertThat(browser().text(By.cssSelector("#customers\\:table .state"))).isEqualTo("Disabled");
    assertThat(tokenLogin(customer)).isNotEqualTo(200);

    browser().open(CONSOLE + "/customers.xhtml?q=" + marker + "&state=enabled", "only-enabled");
    assertThat(browser().isPresent(By.id("customers:table"))).isFalse();
    browser().open(CONSOLE + "/customers.xhtml?q=" + marker + "&state=disabled", "only-disabled");

    browser().click(By.cssSelector("#customers\\:table input[value='Enable']"), "enabled");
    assertThat(browser().text(By.id("flash"))).contains(customer.email() + " is enabled again");
    assertThat(browser().isPresent(By.id("customers:table"))).isFalse();
    browser().open(CONSOLE + "/customers.xhtml?q=" + marker, "enabled-again");
    assertThat(browser().text(By.cssSelector("#customers\\:table .state"))).isEqualTo("Enabled");
    assertThat(tokenLogin(customer)).isEqualTo(200);
  }

  private static int tokenLogin(Account account) {
    return given()
        .header("X-Forwarded-For", "10.77.0." + (1 + (int) (account.id() % 250)))
        .contentType(ContentType.JSON)
        .body(Map.of("username", account.email(), "password", account.password()))
        .post("/api/identity/token")
        .statusCode();
  }
}
