package com.stockroom.catalog.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MovementReasonTest {

  @Test
  void eachReasonTakesItsSign() {
    assertThat(MovementReason.RESTOCK.deltaProblem(5)).isNull();
    assertThat(MovementReason.RESTOCK.deltaProblem(-5)).contains("positive");
    assertThat(MovementReason.SALE.deltaProblem(-1)).isNull();
    assertThat(MovementReason.SALE.deltaProblem(1)).contains("negative");
    assertThat(MovementReason.ADJUSTMENT.deltaProblem(-3)).isNull();
    assertThat(MovementReason.ADJUSTMENT.deltaProblem(3)).isNull();
    assertThat(MovementReason.ADJUSTMENT.deltaProblem(0)).contains("zero");
    assertThat(MovementReason.CANCELLATION.deltaProblem(2)).isNull();
    assertThat(MovementReason.RETURN.deltaProblem(0)).contains("positive");
    assertThat(MovementReason.HOLD.deltaProblem(0)).isNull();
    assertThat(MovementReason.HOLD.deltaProblem(1)).isNotNull();
  }

  @Test
  void holdsAreNotPostedByHand() {
    assertThat(MovementReason.HOLD.postable()).isFalse();
    assertThat(MovementReason.RELEASE.postable()).isFalse();
    assertThat(MovementReason.RESTOCK.postable()).isTrue();
  }
}
