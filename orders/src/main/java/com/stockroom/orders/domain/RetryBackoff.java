package com.stockroom.orders.domain;

import java.time.Duration;

/**
 * Exponential backoff between attempts: {@code initial}, then doubling up to {@code max}. A jitter
 * factor spreads retries of jobs that failed together so they do not return together.
 */
public record RetryBackoff(Duration initial, Duration max) {

  public RetryBackoff {
    if (initial.isNegative() || initial.isZero() || max.compareTo(initial) < 0) {
      throw new IllegalArgumentException("backoff " + initial + " .. " + max);
    }
  }

  /**
   * @param attempts attempts made so far (at least 1)
   * @param jitter a factor in [0.5, 1]: the delay is scaled by it
   */
  public Duration delayAfter(int attempts, double jitter) {
    if (attempts < 1) {
      throw new IllegalArgumentException("attempts " + attempts);
    }
    if (jitter < 0.5 || jitter > 1) {
      throw new IllegalArgumentException("jitter " + jitter);
    }
    Duration delay = max;
    if (attempts <= 62) {
      long factor = 1L << (attempts - 1);
      if (initial.toMillis() <= max.toMillis() / factor) {
        delay = initial.multipliedBy(factor);
      }
    }
    return Duration.ofMillis(Math.max(1, Math.round(delay.toMillis() * jitter)));
  }
}
