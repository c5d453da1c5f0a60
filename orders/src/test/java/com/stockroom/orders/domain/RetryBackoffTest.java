package com.stockroom.orders.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class RetryBackoffTest {

  private final RetryBackoff backoff =
      new RetryBackoff(Duration.ofSeconds(5), Duration.ofMinutes(5));

  @Test
  void doublesFromTheInitialDelayUpToTheCap() {
    assertThat(backoff.delayAfter(1, 1)).isEqualTo(Duration.ofSeconds(5));
    assertThat(backoff.delayAfter(2, 1)).isEqualTo(Duration.ofSeconds(10));
    assertThat(backoff.delayAfter(4, 1)).isEqualTo(Duration.ofSeconds(40));
    assertThat(backoff.delayAfter(7, 1)).isEqualTo(Duration.ofMinutes(5));
    assertThat(backoff.delayAfter(1000, 1)).isEqualTo(Duration.ofMinutes(5));
  }

  @Test
  void jitterShortensTheDelayByAtMostHalf() {
    assertThat(backoff.delayAfter(2, 0.5)).isEqualTo(Duration.ofSeconds(5));
    assertThat(backoff.delayAfter(3, 0.75)).isEqualTo(Duration.ofSeconds(15));
  }

  @Test
  void nonsenseIsRefused() {
    assertThatThrownBy(() -> backoff.delayAfter(0, 1)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> backoff.delayAfter(1, 1.5))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new RetryBackoff(Duration.ofSeconds(5), Duration.ofSeconds(1)))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new RetryBackoff(Duration.ZERO, Duration.ofSeconds(1)))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
