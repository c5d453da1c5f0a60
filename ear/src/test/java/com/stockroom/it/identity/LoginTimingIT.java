package com.stockroom.it.identity;

import static com.stockroom.it.identity.IdentityApi.newClientAddress;
import static com.stockroom.it.identity.IdentityApi.passwordLogin;
import static com.stockroom.it.identity.IdentityApi.registerCustomer;
import static com.stockroom.it.identity.IdentityApi.uniqueEmail;
import static org.assertj.core.api.Assertions.assertThat;

import com.stockroom.it.Environment;
import com.stockroom.it.ServerTest;
import com.stockroom.it.identity.IdentityApi.Account;
import java.io.IOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntSupplier;
import org.junit.jupiter.api.Test;

/**
 * No user enumeration by timing: a login for an unknown e-mail costs what a wrong password costs
 * (both run one PBKDF2 of the same cost). Compares medians of interleaved samples with a tolerant
 * bound; this is not a speed test.
 */
class LoginTimingIT extends ServerTest {

  private static final int SAMPLES = 8;

  @Test
  void unknownEmailAndWrongPasswordTakeComparableTime() throws IOException {
    String address = newClientAddress();
    // Each account takes at most 3 wrong passwords, well under its limit of 5.
    List<Account> accounts = new ArrayList<>();
    for (int i = 0; i < 3; i++) {
      accounts.add(registerCustomer(address));
    }
    Account warm = accounts.get(0);
    time(() -> passwordLogin(address, warm.email(), warm.password()).statusCode(), 200);

    List<Long> wrongPassword = new ArrayList<>();
    List<Long> unknownEmail = new ArrayList<>();
    List<Long> success = new ArrayList<>();
    for (int i = 0; i < SAMPLES; i++) {
      Account account = accounts.get(i % accounts.size());
      String nobody = uniqueEmail("nobody");
      if (i % 2 == 0) {
        wrongPassword.add(
            time(
                () -> passwordLogin(address, account.email(), "wrong-password").statusCode(), 400));
        unknownEmail.add(
            time(() -> passwordLogin(address, nobody, "wrong-password").statusCode(), 400));
      } else {
        unknownEmail.add(
            time(() -> passwordLogin(address, nobody, "wrong-password").statusCode(), 400));
        wrongPassword.add(
            time(
                () -> passwordLogin(address, account.email(), "wrong-password").statusCode(), 400));
      }
      success.add(
          time(
              () -> passwordLogin(address, account.email(), account.password()).statusCode(), 200));
    }

    double wrong = median(wrongPassword);
    double unknown = median(unknownEmail);
    // The figures, for the record (target/it/login-timing.txt); the assertion is only the ratio.
    Files.writeString(
        Environment.itDir().resolve("login-timing.txt"),
        String.format(
            "token endpoint, median of %d: successful login %.0f ms, wrong password %.0f ms,"
                + " unknown e-mail %.0f ms%n",
            SAMPLES, median(success), wrong, unknown));
    assertThat(unknown / wrong)
        .as("unknown-email / wrong-password median time")
        .isBetween(0.67, 1.5);
  }

  private static long time(IntSupplier call, int expectedStatus) {
    long started = System.nanoTime();
    int status = call.getAsInt();
    long millis = (System.nanoTime() - started) / 1_000_000;
    assertThat(status).isEqualTo(expectedStatus);
    return millis;
  }

  private static double median(List<Long> values) {
    List<Long> sorted = values.stream().sorted().toList();
    int middle = sorted.size() / 2;
    return sorted.size() % 2 == 1
        ? sorted.get(middle)
        : (sorted.get(middle - 1) + sorted.get(middle)) / 2.0;
  }
}
