package com.stockroom.identity.domain;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * An e-mail address as identity stores and compares it: trimmed and lower-cased, so that {@code
 * Ann@Example.com} and {@code ann@example.com} are one account.
 */
public record EmailAddress(String value) {

  public static final int MAX_LENGTH = 254;

  /**
   * Deliberately plain: one {@code @}, no spaces, a dot in the domain. Delivery proves the rest.
   */
  private static final Pattern SHAPE = Pattern.compile("[^@\\s]{1,64}@[^@\\s]+\\.[^@\\s.]+");

  public EmailAddress {
    if (!isValid(value)) {
      throw new IllegalArgumentException("not a normalized e-mail address");
    }
  }

  /** The normalized address, or empty when the input cannot be an address. */
  public static Optional<EmailAddress> parse(String raw) {
    if (raw == null) {
      return Optional.empty();
    }
    String normalized = normalize(raw);
    return isValid(normalized) ? Optional.of(new EmailAddress(normalized)) : Optional.empty();
  }

  public static String normalize(String raw) {
    return raw.strip().toLowerCase(Locale.ROOT);
  }

  private static boolean isValid(String value) {
    return value != null
        && value.length() <= MAX_LENGTH
        && value.equals(normalize(value))
        && SHAPE.matcher(value).matches();
  }

  @Override
  public String toString() {
    return value;
  }
}
