package com.stockroom.it.catalog;

import java.time.Duration;
import java.util.concurrent.locks.LockSupport;
import java.util.function.BooleanSupplier;
import java.util.function.Predicate;
import java.util.function.Supplier;

/** Polls a condition, with a short pause between tries, until it holds or a deadline passes. */
final class Await {

  private static final long PAUSE_NANOS = Duration.ofMillis(20).toNanos();

  private Await() {}

  static void until(String what, Duration timeout, BooleanSupplier condition) {
    long deadline = System.nanoTime() + timeout.toNanos();
    while (!condition.getAsBoolean()) {
      if (System.nanoTime() - deadline > 0) {
        throw new AssertionError("not within " + timeout + ": " + what);
      }
      LockSupport.parkNanos(PAUSE_NANOS);
    }
  }

  /**
   * The first value {@code read} gives that {@code accepted} takes, or the last one at the
   * deadline.
   */
  static <T> T value(Duration timeout, Supplier<T> read, Predicate<T> accepted) {
    long deadline = System.nanoTime() + timeout.toNanos();
    T value = read.get();
    while (!accepted.test(value) && System.nanoTime() - deadline < 0) {
      LockSupport.parkNanos(PAUSE_NANOS);
      value = read.get();
    }
    return value;
  }
}
