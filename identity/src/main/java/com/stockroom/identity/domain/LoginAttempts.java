package com.stockroom.identity.domain;

/**
 * The login attempts one key (an account or a client address) made in the current window. Every
 * attempt counts when it starts, before the password is checked, so parallel guesses cannot slip
 * past the limit; the attempt that exceeds the limit locks the key for the lockout time. A
 * successful login gives its attempt back.
 *
 * <p>Stored as a short string in a replicated cache, so every node sees the same counts.
 *
 * @param attempts attempts in the window that ends at {@code windowEndsAt}
 * @param windowEndsAt epoch millis; counting restarts after it
 * @param lockedUntil epoch millis; every attempt before it is refused
 */
public record LoginAttempts(int attempts, long windowEndsAt, long lockedUntil) {

  public static final LoginAttempts NONE = new LoginAttempts(0, 0, 0);

  public LoginAttempts {
    if (attempts < 0) {
      throw new IllegalArgumentException("attempts " + attempts);
    }
  }

  public static LoginAttempts decode(String encoded) {
    if (encoded == null) {
      return NONE;
    }
    String[] parts = encoded.split(":");
    if (parts.length != 3) {
      return NONE;
    }
    try {
      return new LoginAttempts(
          Integer.parseInt(parts[0]), Long.parseLong(parts[1]), Long.parseLong(parts[2]));
    } catch (IllegalArgumentException e) {
      return NONE;
    }
  }

  public String encode() {
    return attempts + ":" + windowEndsAt + ":" + lockedUntil;
  }

  public boolean lockedAt(long now) {
    return lockedUntil > now;
  }

  /** The state after one more attempt at {@code now}; locked when it exceeds {@code limit}. */
  public LoginAttempts afterAttempt(long now, int limit, long windowMillis, long lockoutMillis) {
    if (lockedAt(now)) {
      return this;
    }
    boolean windowOpen = windowEndsAt > now;
    int count = windowOpen ? attempts + 1 : 1;
    if (count > limit) {
      // Counting starts afresh once the lockout ends.
      return new LoginAttempts(0, 0, now + lockoutMillis);
    }
    return new LoginAttempts(count, windowOpen ? windowEndsAt : now + windowMillis, 0);
  }

  /** The state after a successful login: its attempt no longer counts against the key. */
  public LoginAttempts afterSuccess() {
    return new LoginAttempts(Math.max(0, attempts - 1), windowEndsAt, lockedUntil);
  }

  /** When the entry stops mattering and may be forgotten; {@code <= now} means already. */
  public long relevantUntil() {
    return Math.max(windowEndsAt, lockedUntil);
  }

  /** Whole seconds until the lock ends, at least 1 while locked. */
  public long retryAfterSeconds(long now) {
    return Math.max(1, (lockedUntil - now + 999) / 1000);
  }
}
