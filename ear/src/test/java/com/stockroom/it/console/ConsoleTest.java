package com.stockroom.it.console;

import com.stockroom.it.ServerTest;
import com.stockroom.it.console.StaffAccounts.Account;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.openqa.selenium.By;

/** A browser for each test class; every test starts signed out. */
abstract class ConsoleTest extends ServerTest {

  static final String CONSOLE = "/admin";

  private static Browser browser;

  @AfterAll
  static void stopBrowser() {
    if (browser != null) {
      browser.close();
      browser = null;
    }
  }

  /** Started by the first test of a class (Arquillian resolves no parameters of static hooks). */
  @BeforeEach
  void signedOut() {
    if (browser == null) {
      browser = new Browser(getClass().getSimpleName());
    }
    browser.clearCookies();
  }

  Browser browser() {
    return browser;
  }

  /** Signs in through the login page and waits for the page it leads to. */
  void signIn(Account account) {
    browser.open(CONSOLE + "/login.xhtml", "login-page");
    submitLogin(account.email(), account.password());
  }

  void submitLogin(String email, String password) {
    browser.type(By.id("login:email"), email);
    browser.type(By.id("login:password"), password);
    browser.click(By.id("login:submit"), "after-sign-in");
  }
}
