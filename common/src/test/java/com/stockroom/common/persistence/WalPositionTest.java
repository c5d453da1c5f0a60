package com.stockroom.common.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class WalPositionTest {

  @Test
  void parsesBothHalvesAsHex() {
    assertThat(WalPosition.parse("0/0")).isZero();
    assertThat(WalPosition.parse("0/3000148")).isEqualTo(0x3000148L);
    assertThat(WalPosition.parse("16/B374D848")).isEqualTo((0x16L << 32) | 0xB374D848L);
  }

  @Test
  void refusesWhatIsNotAnLsn() {
    for (String bad : new String[] {"", "/", "12", "1/", "/1", "x/1", "1/zz"}) {
      assertThatThrownBy(() -> WalPosition.parse(bad))
          .as(bad)
          .isInstanceOf(IllegalArgumentException.class);
    }
  }

  @Test
  void replayAtOrPastTheInsertPositionCoversIt() {
    assertThat(WalPosition.covers(1000, 1000)).isTrue();
    assertThat(WalPosition.covers(1001, 1000)).isTrue();
    assertThat(WalPosition.covers(999, 1000)).isFalse();
  }

  @Test
  void anIdlePrimaryOnAPageBoundaryIsCoveredDespiteThePageHeaderGap() {
    long boundary = 5 * WalPosition.PAGE_SIZE;
    assertThat(WalPosition.covers(boundary, boundary + 24)).isTrue();
    assertThat(WalPosition.covers(boundary, boundary + 40)).isTrue();
    assertThat(WalPosition.covers(boundary, boundary + 25)).isFalse();
    assertThat(WalPosition.covers(boundary + 8, boundary + 32)).isFalse();
  }
}
