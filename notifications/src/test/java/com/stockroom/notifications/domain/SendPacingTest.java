package com.stockroom.notifications.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class SendPacingTest {

  private static final Instant CLAIMED = Instant.parse("2026-12-07T12:00:00Z");

  /** The defaults: a one-minute lease, a ten-second send timeout. */
  private final SendPacing defaults =
      new SendPacing(Duration.ofMinutes(1), Duration.ofSeconds(10), 8);

  /**
   * The shortest lease the settings allow: three send timeouts (the integration tests' 6 s, 2 s).
   */
  private final SendPacing shortest =
      new SendPacing(Duration.ofSeconds(6), Duration.ofSeconds(2), 8);

  @Test
  void aDeliveryIsSentOnlyWhileItsSlowestSendAndItsRecordFitInTheLease() {
    Instant leaseEnds = CLAIMED.plus(defaults.lease());
    assertThat(defaults.hasTimeToSend(CLAIMED, leaseEnds)).isTrue();
    assertThat(defaults.hasTimeToSend(CLAIMED.plusSeconds(34), leaseEnds)).isTrue();
    // 20 s of sending and 5 s of recording no longer fit.
    assertThat(defaults.hasTimeToSend(CLAIMED.plusSeconds(35), leaseEnds)).isFalse();
    assertThat(defaults.hasTimeToSend(leaseEnds.plusSeconds(1), leaseEnds)).isFalse();
  }

  @Test
  void theShortestLeaseStillLetsAJustClaimedDeliveryBeSent() {
    Instant leaseEnds = CLAIMED.plus(shortest.lease());
    assertThat(shortest.hasTimeToSend(CLAIMED.plusMillis(999), leaseEnds)).isTrue();
    assertThat(shortest.hasTimeToSend(CLAIMED.plusSeconds(1), leaseEnds)).isFalse();
  }

  @Test
  void quickSendsClaimTheMostPerSenderAndSlowOnesWhatTheirPaceGetsThrough() {
    assertThat(defaults.claimPerSender(Duration.ZERO)).isEqualTo(8);
    assertThat(defaults.claimPerSender(Duration.ofMillis(2))).isEqualTo(8);
    // 35 s to start sends in, 10 s a send.
    assertThat(defaults.claimPerSender(Duration.ofSeconds(10))).isEqualTo(3);
    assertThat(defaults.claimPerSender(Duration.ofSeconds(30))).isEqualTo(1);
    // 1 s to start sends in: a 300 ms receiver gets three, a hung one still one.
    assertThat(shortest.claimPerSender(Duration.ofMillis(300))).isEqualTo(3);
    assertThat(shortest.claimPerSender(Duration.ofSeconds(2))).isEqualTo(1);
    assertThat(shortest.claimPerSender(Duration.ofMinutes(5))).isEqualTo(1);
  }

  @Test
  void refusesALeaseThatLeavesNoTimeToSend() {
    assertThatThrownBy(() -> new SendPacing(Duration.ofSeconds(5), Duration.ofSeconds(2), 8))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new SendPacing(Duration.ofSeconds(6), Duration.ofSeconds(2), 0))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
