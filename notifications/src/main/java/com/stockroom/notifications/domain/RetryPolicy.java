package com.stockroom.notifications.domain;

import java.time.Duration;
import java.util.Objects;

/**
 * How often and how patiently a delivery is retried: the delay doubles after each failed attempt
 * from {@code initialDelay} up to {@code maxDelay}, and is then jittered ("equal jitter": half
 * fixed, half random) so receivers that recover are not hit by every node at the same instant.
 *
 * @param maxAttempts attempts in one round before the delivery is DEAD (a manual retry starts a new
 *     round)
 */
public record RetryPolicy(int maxAttempts, Duration initialDelay, Duration maxDelay) {

  public RetryPolicy {
    Objects.requireNonNull(initialDelay, "initialDelay");
    Objects.requireNonNull(maxDelay, "maxDelay");
    if (maxAttempts < 1) {
      throw new IllegalArgumentException("maxAttempts must be at least 1: " + maxAttempts);
    }
    if (initialDelay.isNegative()
        || initialDelay.isZero()
        || maxDelay.compareTo(initialDelay) < 0) {
      throw new IllegalArgumentException("delays: initial " + initialDelay + ", max " + maxDelay);
    }
  }

  public boolean exhausted(int attemptsInRound) {
    return attemptsInRound >= maxAttempts;
  }

  /**
   * The wait after the {@code failedAttempts}-th failure of a round.
   *
   * @param random a number in [0, 1)
   */
  public Duration delayAfter(int failedAttempts, double random) {
    if (failedAttempts < 1) {
      throw new IllegalArgumentException("failedAttempts must be at least 1: " + failedAttempts);
    }
    if (random < 0 || random >= 1) {
      throw new IllegalArgumentException("random must be in [0, 1): " + random);
    }
    long initial = initialDelay.toMillis();
    long max = maxDelay.toMillis();
    int doublings = Math.min(failedAttempts - 1, 62);
    long ceiling = initial > (max >> doublings) ? max : Math.min(max, initial << doublings);
    long half = ceiling / 2;
    return Duration.ofMillis(ceiling - half + (long) (half * random));
  }
}
