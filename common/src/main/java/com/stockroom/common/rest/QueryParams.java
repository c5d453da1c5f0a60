package com.stockroom.common.rest;

import com.stockroom.common.problem.FieldError;
import com.stockroom.common.problem.ValidationProblem;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Parses raw query values and collects every problem, so a request with three bad parameters hears
 * about all three in one 400 instead of a 404 from the JAX-RS converter.
 */
public final class QueryParams {

  private final List<FieldError> errors = new ArrayList<>();

  public Long optionalLong(String name, String raw, long min, long max) {
    if (raw == null || raw.isBlank()) {
      return null;
    }
    try {
      long value = Long.parseLong(raw.trim());
      if (value < min || value > max) {
        errors.add(new FieldError(name, "must be between " + min + " and " + max));
        return null;
      }
      return value;
    } catch (NumberFormatException e) {
      errors.add(new FieldError(name, "must be a whole number"));
      return null;
    }
  }

  public Boolean optionalBoolean(String name, String raw) {
    if (raw == null || raw.isBlank()) {
      return null;
    }
    return switch (raw.trim().toLowerCase(Locale.ROOT)) {
      case "true" -> Boolean.TRUE;
      case "false" -> Boolean.FALSE;
      default -> {
        errors.add(new FieldError(name, "must be true or false"));
        yield null;
      }
    };
  }

  public <E extends Enum<E>> E optionalEnum(String name, String raw, Class<E> type) {
    if (raw == null || raw.isBlank()) {
      return null;
    }
    for (E constant : type.getEnumConstants()) {
      if (constant.name().equalsIgnoreCase(raw.trim()) || wireName(constant).equals(raw.trim())) {
        return constant;
      }
    }
    List<String> allowed = new ArrayList<>();
    for (E constant : type.getEnumConstants()) {
      allowed.add(wireName(constant));
    }
    errors.add(new FieldError(name, "must be one of " + String.join(", ", allowed)));
    return null;
  }

  public Instant optionalInstant(String name, String raw) {
    if (raw == null || raw.isBlank()) {
      return null;
    }
    try {
      return Instant.parse(raw.trim());
    } catch (DateTimeParseException e) {
      errors.add(new FieldError(name, "must be an ISO-8601 UTC time such as 2026-11-22T10:15:30Z"));
      return null;
    }
  }

  public String optionalText(String name, String raw, int maxLength) {
    if (raw == null || raw.isBlank()) {
      return null;
    }
    String text = raw.trim();
    if (text.length() > maxLength) {
      errors.add(new FieldError(name, "must be at most " + maxLength + " characters"));
      return null;
    }
    return text;
  }

  /** Records a rule that spans parameters, e.g. a price range whose minimum exceeds its maximum. */
  public void reject(String name, String message) {
    errors.add(new FieldError(name, message));
  }

  /** Throws a 400 listing every problem seen so far. */
  public void throwIfInvalid() {
    if (!errors.isEmpty()) {
      throw new ValidationProblem(errors);
    }
  }

  private static String wireName(Enum<?> constant) {
    return constant.name().toLowerCase(Locale.ROOT);
  }
}
