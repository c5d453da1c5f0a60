package com.stockroom.catalog.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class HoldStatusTest {

  @Test
  void anActiveHoldIsReleasedExpiresOrIsSold() {
    assertThat(HoldStatus.ACTIVE.canBecome(HoldStatus.RELEASED)).isTrue();
    assertThat(HoldStatus.ACTIVE.canBecome(HoldStatus.EXPIRED)).isTrue();
    assertThat(HoldStatus.ACTIVE.canBecome(HoldStatus.SOLD)).isTrue();
    assertThat(HoldStatus.ACTIVE.canBecome(HoldStatus.ACTIVE)).isFalse();
  }

  @Test
  void anExpiredHoldCanOnlyStillBeSoldAndClosedHoldsStayClosed() {
    assertThat(HoldStatus.EXPIRED.canBecome(HoldStatus.SOLD)).isTrue();
    assertThat(HoldStatus.EXPIRED.canBecome(HoldStatus.RELEASED)).isFalse();
    for (HoldStatus next : HoldStatus.values()) {
      assertThat(HoldStatus.RELEASED.canBecome(next)).isFalse();
      assertThat(HoldStatus.SOLD.canBecome(next)).isFalse();
    }
  }
}
