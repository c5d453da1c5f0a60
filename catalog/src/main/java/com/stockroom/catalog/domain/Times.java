package com.stockroom.catalog.domain;

import java.time.Instant;
import java.time.temporal.ChronoUnit;

/** The current time at the database's precision, so what we return is what we later read back. */
public final class Times {
  private Times() {}

  public static Instant now() {
    return Instant.now().truncatedTo(ChronoUnit.MICROS);
  }
}
