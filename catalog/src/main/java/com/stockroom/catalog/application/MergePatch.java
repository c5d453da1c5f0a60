package com.stockroom.catalog.application;

import com.stockroom.common.problem.FieldError;
import com.stockroom.common.problem.ValidationProblem;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads a JSON merge patch (RFC 7396): a member that is absent keeps the value, {@code null} clears
 * it, anything else replaces it. Every problem is collected, so one 400 names them all; members the
 * resource does not know are problems too.
 */
public final class MergePatch {

  private final JsonObject body;
  private final String prefix;
  private final List<FieldError> errors;

  public MergePatch(JsonObject body, Set<String> known) {
    this(body, "", known, new ArrayList<>());
  }

  private MergePatch(JsonObject body, String prefix, Set<String> known, List<FieldError> errors) {
    this.body = body;
    this.prefix = prefix;
    this.errors = errors;
    for (String member : body.keySet()) {
      if (!known.contains(member)) {
        errors.add(new FieldError(prefix + member, "is not a member this resource has"));
      }
    }
  }

  public boolean has(String member) {
    return body.containsKey(member);
  }

  public boolean isNull(String member) {
    return has(member) && body.get(member).getValueType() == JsonValue.ValueType.NULL;
  }

  /** Text of at most {@code maxLength} characters; {@code null} when absent, null or invalid. */
  public String text(String member, int maxLength, boolean blankAllowed) {
    if (!has(member) || isNull(member)) {
      return null;
    }
    if (!(body.get(member) instanceof JsonString string)) {
      return reject(member, "must be a string");
    }
    String value = string.getString();
    if (!blankAllowed && value.isBlank()) {
      return reject(member, "must not be blank");
    }
    if (value.length() > maxLength) {
      return reject(member, "must be at most " + maxLength + " characters");
    }
    return value;
  }

  /** An id, sent as a string of digits. */
  public Long id(String member) {
    String text = text(member, 18, false);
    if (text == null) {
      return null;
    }
    if (!text.matches(CreateProductRequest.ID_PATTERN)) {
      return reject(member, CreateProductRequest.ID_MESSAGE);
    }
    return Long.parseLong(text);
  }

  public Long whole(String member, long min, long max) {
    if (!has(member) || isNull(member)) {
      return null;
    }
    if (!(body.get(member) instanceof JsonNumber number) || !number.isIntegral()) {
      return reject(member, "must be a whole number");
    }
    try {
      long value = number.longValueExact();
      if (value < min || value > max) {
        return reject(member, "must be between " + min + " and " + max);
      }
      return value;
    } catch (ArithmeticException e) {
      return reject(member, "must be between " + min + " and " + max);
    }
  }

  public Boolean bool(String member) {
    if (!has(member) || isNull(member)) {
      return null;
    }
    JsonValue value = body.get(member);
    if (value == JsonValue.TRUE || value == JsonValue.FALSE) {
      return value == JsonValue.TRUE;
    }
    return reject(member, "must be true or false");
  }

  /** A nested object, read with the same rules; {@code null} when absent, null or invalid. */
  public MergePatch object(String member, Set<String> known) {
    if (!has(member) || isNull(member)) {
      return null;
    }
    if (!(body.get(member) instanceof JsonObject object)) {
      return reject(member, "must be an object");
    }
    return new MergePatch(object, prefix + member + ".", known, errors);
  }

  /** An object of string values. */
  public Map<String, String> strings(String member) {
    if (!has(member) || isNull(member)) {
      return null;
    }
    if (!(body.get(member) instanceof JsonObject object)) {
      return reject(member, "must be an object of strings");
    }
    Map<String, String> values = new LinkedHashMap<>();
    for (Map.Entry<String, JsonValue> entry : object.entrySet()) {
      if (!(entry.getValue() instanceof JsonString string)) {
        return reject(member + "." + entry.getKey(), "must be a string");
      }
      values.put(entry.getKey(), string.getString());
    }
    return values;
  }

  /** Records a problem with {@code member}; returns {@code null} for the caller's convenience. */
  public <T> T reject(String member, String message) {
    errors.add(new FieldError(prefix + member, message));
    return null;
  }

  public boolean valid() {
    return errors.isEmpty();
  }

  public void throwIfInvalid() {
    if (!errors.isEmpty()) {
      throw new ValidationProblem(errors);
    }
  }
}
