package com.stockroom.common.persistence;

import java.time.Instant;

/** Wall-clock time in microseconds since the epoch: the unit of replica progress and commits. */
public final class EpochMicros {
  private EpochMicros() {}

  public static long now() {
    return of(Instant.now());
  }

  public static long of(Instant instant) {
    return instant.getEpochSecond() * 1_000_000L + instant.getNano() / 1_000;
  }
}
