package com.stockroom.orders.application;

import java.time.Instant;
import java.time.temporal.ChronoUnit;

/** The clock, at the precision PostgreSQL stores. */
final class Times {
  private Times() {}

  static Instant now() {
    return Instant.now().truncatedTo(ChronoUnit.MICROS);
  }
}
