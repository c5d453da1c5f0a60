package com.stockroom.identity.domain;

import java.util.Optional;

/** A person's name as shown in the shop: trimmed, 1 to {@value #MAX_LENGTH} characters. */
public record FullName(String value) {

  public static final int MAX_LENGTH = 200;

  public FullName {
    if (!isValid(value)) {
      throw new IllegalArgumentException("a name has 1 to " + MAX_LENGTH + " characters");
    }
  }

  /** The trimmed name, or empty when the input cannot be one. */
  public static Optional<FullName> parse(String raw) {
    if (raw == null) {
      return Optional.empty();
    }
    String trimmed = raw.strip();
    return isValid(trimmed) ? Optional.of(new FullName(trimmed)) : Optional.empty();
  }

  private static boolean isValid(String value) {
    return value != null
        && !value.isEmpty()
        && value.equals(value.strip())
        && value.length() <= MAX_LENGTH;
  }
}
