package com.stockroom.orders.domain;

import java.util.Optional;

/**
 * The client's name for one logical request, so that retries of it are recognised. Any 1 to 255
 * visible ASCII characters (a UUID is typical); anything else is refused, never truncated.
 */
public record IdempotencyKey(String value) {

  public static final int MAX_LENGTH = 255;

  public IdempotencyKey {
    if (!isValid(value)) {
      throw new IllegalArgumentException("idempotency key");
    }
  }

  public static Optional<IdempotencyKey> parse(String raw) {
    return isValid(raw) ? Optional.of(new IdempotencyKey(raw)) : Optional.empty();
  }

  private static boolean isValid(String raw) {
    if (raw == null || raw.isEmpty() || raw.length() > MAX_LENGTH) {
      return false;
    }
    for (int i = 0; i < raw.length(); i++) {
      char c = raw.charAt(i);
      if (c < 0x21 || c > 0x7e) {
        return false;
      }
    }
    return true;
  }
}
