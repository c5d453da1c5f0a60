package com.stockroom.identity.application;

import com.stockroom.common.persistence.Caches;
import com.stockroom.identity.api.LoginThrottledException;
import com.stockroom.identity.domain.EmailAddress;
import com.stockroom.identity.domain.LoginAttempts;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.function.UnaryOperator;
import org.infinispan.Cache;
import org.jboss.logging.Logger;

/**
 * Brute-force limits on password logins, per account and per client address. The counters live in
 * the replicated Infinispan cache {@code rate-limits}, so every node counts the same attempts; each
 * update is a compare-and-set, which is atomic across the cluster without transactions.
 */
@ApplicationScoped
public class LoginThrottle {

  private static final Logger LOG = Logger.getLogger(LoginThrottle.class);

  @Resource(lookup = "java:jboss/infinispan/cache/stockroom/rate-limits")
  Cache<String, String> injectedCounters;

  private Cache<String, String> counters;

  @Inject IdentitySettings settings;

  private final Clock clock = Clock.systemUTC();

  @PostConstruct
  void resolveCache() {
    counters = Caches.resolve(injectedCounters);
  }

  /** An admitted attempt; report how it ended with {@link #succeeded(Attempt)}. */
  public record Attempt(String accountKey, String addressKey) {}

  /**
   * Counts one attempt for the account and the address, before the password is checked.
   *
   * @throws LoginThrottledException when either is over its limit; nothing is checked then
   */
  public Attempt begin(String email, String clientAddress) {
    Attempt attempt = new Attempt(accountKey(email), addressKey(clientAddress));
    long now = clock.millis();
    // A request refused by a lock tried nothing, so it does not count against the other key.
    refuseIfLocked(
        attempt,
        LoginAttempts.decode(counters.get(attempt.accountKey())),
        LoginAttempts.decode(counters.get(attempt.addressKey())),
        now);
    LoginAttempts account =
        update(
            attempt.accountKey(),
            a -> a.afterAttempt(now, settings.loginLimitPerAccount(), window(), lockout()),
            now);
    LoginAttempts address =
        update(
            attempt.addressKey(),
            a -> a.afterAttempt(now, settings.loginLimitPerAddress(), window(), lockout()),
            now);
    refuseIfLocked(attempt, account, address, now);
    return attempt;
  }

  /** A correct password: the account starts afresh, and the address gets its attempt back. */
  public void succeeded(Attempt attempt) {
    counters.remove(attempt.accountKey());
    update(attempt.addressKey(), LoginAttempts::afterSuccess, clock.millis());
  }

  private static void refuseIfLocked(
      Attempt attempt, LoginAttempts account, LoginAttempts address, long now) {
    long retryAfter = 0;
    if (account.lockedAt(now)) {
      retryAfter = account.retryAfterSeconds(now);
    }
    if (address.lockedAt(now)) {
      retryAfter = Math.max(retryAfter, address.retryAfterSeconds(now));
    }
    if (retryAfter > 0) {
      LOG.infof(
          "login refused for %s from %s: too many attempts, retry after %d s",
          attempt.accountKey(), attempt.addressKey(), retryAfter);
      throw new LoginThrottledException(retryAfter);
    }
  }

  private long window() {
    return settings.loginLimitWindow().toMillis();
  }

  private long lockout() {
    return settings.loginLimitLockout().toMillis();
  }

  private LoginAttempts update(String key, UnaryOperator<LoginAttempts> change, long now) {
    while (true) {
      String current = counters.get(key);
      LoginAttempts next = change.apply(LoginAttempts.decode(current));
      long keepMillis = next.relevantUntil() - now;
      boolean written;
      if (keepMillis <= 0) {
        written = current == null || counters.remove(key, current);
      } else if (current == null) {
        written =
            counters.putIfAbsent(key, next.encode(), keepMillis, TimeUnit.MILLISECONDS) == null;
      } else {
        written = counters.replace(key, current, next.encode(), keepMillis, TimeUnit.MILLISECONDS);
      }
      if (written) {
        return next;
      }
    }
  }

  private static String accountKey(String email) {
    return "login-account:" + (email == null ? "" : EmailAddress.normalize(email));
  }

  private static String addressKey(String clientAddress) {
    return "login-address:"
        + (clientAddress == null ? "unknown" : clientAddress.toLowerCase(Locale.ROOT));
  }
}
