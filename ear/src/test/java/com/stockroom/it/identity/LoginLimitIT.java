package com.stockroom.it.identity;

import static com.stockroom.it.identity.IdentityApi.login;
import static com.stockroom.it.identity.IdentityApi.newClientAddress;
import static com.stockroom.it.identity.IdentityApi.passwordLogin;
import static com.stockroom.it.identity.IdentityApi.registerCustomer;
import static com.stockroom.it.identity.IdentityApi.uniqueEmail;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import com.stockroom.it.ServerTest;
import com.stockroom.it.identity.IdentityApi.Account;
import io.restassured.response.Response;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/**
 * Brute-force limits: 5 attempts per account and 30 per client address in a window; the attempt
 * past a limit locks the account or address (4 s in the test server, 15 minutes by default).
 */
class LoginLimitIT extends ServerTest {

  private static final int PER_ACCOUNT = 5;
  private static final int PER_ADDRESS = 30;
  private static final long LOCKOUT_SECONDS = Long.getLong("it.login.lockout.seconds");

  @Test
  void anAccountIsLockedPastItsLimitThenRecovers() {
    String address = newClientAddress();
    Account account = registerCustomer(address);
    for (int i = 0; i < PER_ACCOUNT; i++) {
      passwordLogin(address, account.email(), "wrong-password-" + i).then().statusCode(400);
    }

    assertThrottled(passwordLogin(address, account.email(), "wrong-password"));
    assertThrottled(passwordLogin(address, account.email(), account.password()));
    assertThrottled(passwordLogin(newClientAddress(), account.email(), account.password()));

    Await.until(
        "the account accepts its password again",
        Duration.ofSeconds(LOCKOUT_SECONDS + 10),
        () -> passwordLogin(address, account.email(), account.password()).statusCode() == 200);
  }

  @Test
  void aSuccessfulLoginStartsTheAccountsCountAfresh() {
    String address = newClientAddress();
    Account account = registerCustomer(address);
    for (int i = 0; i < PER_ACCOUNT - 1; i++) {
      passwordLogin(address, account.email(), "wrong-password").then().statusCode(400);
    }
    login(address, account);
    for (int i = 0; i < PER_ACCOUNT - 1; i++) {
      passwordLogin(address, account.email(), "wrong-password").then().statusCode(400);
    }
    login(address, account);
  }

  @Test
  void unknownEmailsAreLimitedLikeRealOnes() {
    String address = newClientAddress();
    String nobody = uniqueEmail("nobody");
    for (int i = 0; i < PER_ACCOUNT; i++) {
      passwordLogin(address, nobody, "wrong-password").then().statusCode(400);
    }
    assertThrottled(passwordLogin(address, nobody, "wrong-password"));
  }

  @Test
  void anAddressIsLockedPastItsLimitThenRecovers() {
    String address = newClientAddress();
    Account victim = registerCustomer(newClientAddress());
    for (int i = 0; i < PER_ADDRESS; i++) {
      passwordLogin(address, uniqueEmail("sprayed"), "wrong-password").then().statusCode(400);
    }

    assertThrottled(passwordLogin(address, victim.email(), victim.password()));
    // The account itself is fine: from elsewhere it logs in.
    login(newClientAddress(), victim);

    Await.until(
        "the address may log in again",
        Duration.ofSeconds(LOCKOUT_SECONDS + 10),
        () -> passwordLogin(address, victim.email(), victim.password()).statusCode() == 200);
  }

  @Test
  void parallelGuessesCannotSlipPastTheLimit() throws Exception {
    String address = newClientAddress();
    Account account = registerCustomer(address);
    int clients = 16;
    ExecutorService pool = Executors.newFixedThreadPool(clients);
    List<Integer> statuses = new ArrayList<>();
    try {
      List<Callable<Integer>> guesses = new ArrayList<>();
      for (int i = 0; i < clients; i++) {
        String guess = "guess-number-" + i;
        guesses.add(() -> passwordLogin(address, account.email(), guess).statusCode());
      }
      for (Future<Integer> status : pool.invokeAll(guesses)) {
        statuses.add(status.get());
      }
    } finally {
      pool.shutdownNow();
    }
    assertThat(statuses).containsOnly(400, 429);
    assertThat(statuses).filteredOn(s -> s == 400).hasSize(PER_ACCOUNT);
  }

  private static void assertThrottled(Response response) {
    response
        .then()
        .statusCode(429)
        .contentType("application/problem+json")
        .body("type", equalTo("/problems/too-many-login-attempts"))
        .body("status", equalTo(429));
    long retryAfter = Long.parseLong(response.header("Retry-After"));
    assertThat(retryAfter).isBetween(1L, LOCKOUT_SECONDS);
  }
}
