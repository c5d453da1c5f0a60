package com.stockroom.common.paging;

import com.stockroom.common.problem.FieldError;
import com.stockroom.common.problem.ValidationProblem;
import java.util.ArrayList;
import java.util.List;

/**
 * A 1-based page of a list. Sizes above the cap are refused rather than clamped, so a client never
 * silently receives less than it asked for.
 */
public record PageRequest(int page, int size) {

  public static final int DEFAULT_SIZE = 20;
  public static final int MAX_SIZE = 100;

  public PageRequest {
    if (page < 1 || size < 1 || size > MAX_SIZE) {
      throw new IllegalArgumentException("page " + page + " size " + size);
    }
  }

  /** Parses raw query values; any problem is a 400 naming the parameter. */
  public static PageRequest parse(String page, String size) {
    List<FieldError> errors = new ArrayList<>();
    int p = parse("page", page, 1, 1, Integer.MAX_VALUE / MAX_SIZE, errors);
    int s = parse("size", size, DEFAULT_SIZE, 1, MAX_SIZE, errors);
    if (!errors.isEmpty()) {
      throw new ValidationProblem(errors);
    }
    return new PageRequest(p, s);
  }

  public int offset() {
    return (page - 1) * size;
  }

  private static int parse(
      String name, String raw, int fallback, int min, int max, List<FieldError> errors) {
    if (raw == null || raw.isBlank()) {
      return fallback;
    }
    try {
      int value = Integer.parseInt(raw.trim());
      if (value < min || value > max) {
        errors.add(new FieldError(name, "must be between " + min + " and " + max));
        return fallback;
      }
      return value;
    } catch (NumberFormatException e) {
      errors.add(new FieldError(name, "must be a whole number"));
      return fallback;
    }
  }
}
