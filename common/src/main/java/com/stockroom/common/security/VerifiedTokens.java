package com.stockroom.common.security;

import java.time.Clock;
import java.time.Instant;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * Tokens already verified, by their exact text, until they expire. A client sends the same access
 * token with every request for its lifetime (15 minutes by default), and checking its signature and
 * claims again each time cost more CPU than any other step of an order's authentication.
 *
 * <p>Only a token the verifier accepted is kept, and only until the time it stops being accepted
 * (its expiry plus the allowed clock skew), so a cached answer is the answer the verifier would
 * give. When full, expired tokens are dropped first and, if that frees nothing, every token is: a
 * token verified again costs one verification, not a refusal.
 *
 * @param <T> what verification produced (the caller principal)
 */
public final class VerifiedTokens<T> {

  private record Verified<T>(T value, Instant acceptedUntil) {}

  private final ConcurrentHashMap<String, Verified<T>> tokens = new ConcurrentHashMap<>();
  private final int capacity;
  private final Clock clock;

  public VerifiedTokens(int capacity, Clock clock) {
    if (capacity < 1) {
      throw new IllegalArgumentException("capacity must be at least 1");
    }
    this.capacity = capacity;
    this.clock = clock;
  }

  /**
   * The verified value of {@code token}, from an earlier verification while that still holds, else
   * from {@code verify}, which throws when the token is refused (nothing is kept then).
   *
   * @param acceptedUntil when the verified value stops being accepted
   */
  public <E extends Exception> T verified(
      String token, Verifier<T, E> verify, Function<T, Instant> acceptedUntil) throws E {
    Instant now = clock.instant();
    Verified<T> known = tokens.get(token);
    if (known != null) {
      if (now.isBefore(known.acceptedUntil())) {
        return known.value();
      }
      tokens.remove(token, known);
    }
    T value = verify.verify(token);
    Instant until = acceptedUntil.apply(value);
    if (now.isBefore(until)) {
      makeRoom(now);
      tokens.put(token, new Verified<>(value, until));
    }
    return value;
  }

  /** How many tokens are kept (for tests and metrics). */
  public int size() {
    return tokens.size();
  }

  private void makeRoom(Instant now) {
    if (tokens.size() < capacity) {
      return;
    }
    tokens.values().removeIf(verified -> !now.isBefore(verified.acceptedUntil()));
    if (tokens.size() >= capacity) {
      tokens.clear();
    }
  }

  /** Verifies a token's signature and claims, or throws. */
  @FunctionalInterface
  public interface Verifier<T, E extends Exception> {
    T verify(String token) throws E;
  }
}
