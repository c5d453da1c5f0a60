package com.stockroom.common.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ReplicaProgressTest {

  private final ReplicaProgress progress = new ReplicaProgress(10_000);

  @Test
  void nothingIsVisibleBeforeTheFirstSample() {
    assertThat(progress.visibleUpTo(Long.MAX_VALUE)).isZero();
  }

  @Test
  void visibleUpToIsTheLatestSampleWhosePositionWasReplayed() {
    progress.record(1_000, 100);
    progress.record(2_000, 200);
    progress.record(3_000, 300);

    assertThat(progress.visibleUpTo(99)).isZero();
    assertThat(progress.visibleUpTo(100)).isEqualTo(1_000);
    assertThat(progress.visibleUpTo(250)).isEqualTo(2_000);
    assertThat(progress.visibleUpTo(300)).isEqualTo(3_000);
  }

  @Test
  void anIdlePrimaryKeepsTheReplicaCurrent() {
    progress.record(1_000, 100);
    progress.record(2_000, 100);
    progress.record(3_000, 100);

    assertThat(progress.visibleUpTo(100)).isEqualTo(3_000);
  }

  @Test
  void samplesOlderThanTheHorizonAreForgotten() {
    progress.record(1_000, 100);
    progress.record(20_000, 200);

    assertThat(progress.visibleUpTo(150)).isZero();
    assertThat(progress.visibleUpTo(200)).isEqualTo(20_000);
  }
}
