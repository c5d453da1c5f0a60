package com.stockroom.notifications.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class RetryPolicyTest {

  private final RetryPolicy policy =
      new RetryPolicy(8, Duration.ofSeconds(30), Duration.ofHours(1));

  @Test
  void delayDoublesFromTheInitialDelayAndIsJitteredWithinItsUpperHalf() {
    assertThat(policy.delayAfter(1, 0.0)).isEqualTo(Duration.ofSeconds(15));
    assertThat(policy.delayAfter(1, 0.999))
        .isBetween(Duration.ofSeconds(29), Duration.ofSeconds(30));
    assertThat(policy.delayAfter(2, 0.0)).isEqualTo(Duration.ofSeconds(30));
    assertThat(policy.delayAfter(3, 0.0)).isEqualTo(Duration.ofSeconds(60));
    assertThat(policy.delayAfter(4, 0.5)).isEqualTo(Duration.ofSeconds(180));
  }

  @Test
  void delayNeverExceedsTheMaximumEvenAfterManyFailures() {
    assertThat(policy.delayAfter(8, 0.999)).isLessThanOrEqualTo(Duration.ofHours(1));
    assertThat(policy.delayAfter(8, 0.0)).isEqualTo(Duration.ofMinutes(30));
    assertThat(policy.delayAfter(1000, 0.999)).isLessThanOrEqualTo(Duration.ofHours(1));
    assertThat(policy.delayAfter(Integer.MAX_VALUE, 0.0)).isEqualTo(Duration.ofMinutes(30));
  }

  @Test
  void roundIsExhaustedAtTheConfiguredNumberOfAttempts() {
    assertThat(policy.exhausted(7)).isFalse();
    assertThat(policy.exhausted(8)).isTrue();
  }

  @Test
  void refusesSettingsThatMakeNoSense() {
    assertThatThrownBy(() -> new RetryPolicy(0, Duration.ofSeconds(1), Duration.ofSeconds(2)))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new RetryPolicy(3, Duration.ZERO, Duration.ofSeconds(2)))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new RetryPolicy(3, Duration.ofSeconds(5), Duration.ofSeconds(2)))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> policy.delayAfter(0, 0.5))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> policy.delayAfter(1, 1.0))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
