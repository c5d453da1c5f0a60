package com.stockroom.catalog.persistence;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;

/** Reads the column values of native query rows, whatever Java type the driver chose. */
final class Rows {
  private Rows() {}

  static long longValue(Object value) {
    return ((Number) value).longValue();
  }

  static int intValue(Object value) {
    return ((Number) value).intValue();
  }

  static Integer integerOrNull(Object value) {
    return value == null ? null : ((Number) value).intValue();
  }

  static Instant instant(Object value) {
    if (value == null) {
      return null;
    }
    if (value instanceof Instant instant) {
      return instant;
    }
    if (value instanceof Timestamp timestamp) {
      return timestamp.toInstant();
    }
    if (value instanceof OffsetDateTime offset) {
      return offset.toInstant();
    }
    if (value instanceof ZonedDateTime zoned) {
      return zoned.toInstant();
    }
    throw new IllegalArgumentException("not a time: " + value.getClass());
  }
}
