package com.stockroom.it.catalog;

import io.restassured.mapper.ObjectMapper;
import io.restassured.mapper.ObjectMapperDeserializationContext;
import io.restassured.mapper.ObjectMapperSerializationContext;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * Writes request bodies given as maps, lists, strings, numbers, booleans and nulls as JSON, so the
 * tests need no JSON library (responses are read with REST Assured's own JSON path).
 */
final class JsonBodies implements ObjectMapper {

  @Override
  public Object serialize(ObjectMapperSerializationContext context) {
    return write(context.getObjectToSerialize(), new StringBuilder()).toString();
  }

  @Override
  public Object deserialize(ObjectMapperDeserializationContext context) {
    throw new UnsupportedOperationException("read responses with path(...)");
  }

  private static StringBuilder write(Object value, StringBuilder json) {
    if (value == null || value instanceof Number || value instanceof Boolean) {
      return json.append(value);
    }
    if (value instanceof Map<?, ?> map) {
      json.append('{');
      for (Iterator<? extends Map.Entry<?, ?>> entries = map.entrySet().iterator();
          entries.hasNext(); ) {
        Map.Entry<?, ?> entry = entries.next();
        write(entry.getKey().toString(), json).append(':');
        write(entry.getValue(), json);
        if (entries.hasNext()) {
          json.append(',');
        }
      }
      return json.append('}');
    }
    if (value instanceof List<?> list) {
      json.append('[');
      for (int i = 0; i < list.size(); i++) {
        if (i > 0) {
          json.append(',');
        }
        write(list.get(i), json);
      }
      return json.append(']');
    }
    json.append('"');
    for (char c : value.toString().toCharArray()) {
      switch (c) {
        case '"' -> json.append("\\\"");
        case '\\' -> json.append("\\\\");
        case '\n' -> json.append("\\n");
        case '\r' -> json.append("\\r");
        case '\t' -> json.append("\\t");
        default -> {
          if (c < 0x20) {
            json.append(String.format("\\u%04x", (int) c));
          } else {
            json.append(c);
          }
        }
      }
    }
    return json.append('"');
  }
}
