package com.stockroom.catalog.domain;

import com.stockroom.common.json.Jsonp;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;

/**
 * What tells a product's variants apart ({@code {"size": "M", "colour": "red"}}); empty for the
 * single SKU of a product without options. Names are compared as given; order does not matter.
 */
public record SkuAttributes(Map<String, String> values) {

  public static final int MAX_ATTRIBUTES = 10;
  public static final int MAX_NAME_LENGTH = 40;
  public static final int MAX_VALUE_LENGTH = 100;

  public static final SkuAttributes NONE = new SkuAttributes(Map.of());

  public SkuAttributes {
    values = Collections.unmodifiableMap(new TreeMap<>(values));
  }

  public boolean isEmpty() {
    return values.isEmpty();
  }

  /** Why these attributes are unacceptable, or {@code null} when they are fine. */
  public static String problem(Map<String, String> values) {
    if (values.size() > MAX_ATTRIBUTES) {
      return "at most " + MAX_ATTRIBUTES + " attributes";
    }
    for (Map.Entry<String, String> entry : values.entrySet()) {
      String name = entry.getKey();
      String value = entry.getValue();
      if (name == null || name.isBlank() || name.length() > MAX_NAME_LENGTH) {
        return "attribute names must be 1 to " + MAX_NAME_LENGTH + " characters";
      }
      if (value == null || value.isBlank() || value.length() > MAX_VALUE_LENGTH) {
        return "attribute values must be 1 to " + MAX_VALUE_LENGTH + " characters";
      }
    }
    return null;
  }

  /** Canonical JSON (names sorted), as stored. */
  public String toJson() {
    JsonObjectBuilder json = Jsonp.createObjectBuilder();
    values.forEach(json::add);
    return json.build().toString();
  }

  public static SkuAttributes fromJson(String json) {
    if (json == null || json.isBlank()) {
      return NONE;
    }
    try (var reader = Jsonp.createReader(new StringReader(json))) {
      JsonObject object = reader.readObject();
      Map<String, String> values = new TreeMap<>();
      for (Map.Entry<String, JsonValue> entry : object.entrySet()) {
        values.put(entry.getKey(), ((JsonString) entry.getValue()).getString());
      }
      return new SkuAttributes(values);
    }
  }
}
