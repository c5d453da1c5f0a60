package com.stockroom.catalog.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class StockLevelTest {

  private final StockLevel level = new StockLevel(10, 4);

  @Test
  void availableIsWhatIsNotHeld() {
    assertThat(level.available()).isEqualTo(6);
  }

  @Test
  void movesThatKeepBothCountsValidAreAllowed() {
    assertThat(level.allows(-6, 0)).isTrue();
    assertThat(level.allows(0, 6)).isTrue();
    assertThat(level.allows(-4, -4)).as("selling held units").isTrue();
    assertThat(level.after(-4, -4)).isEqualTo(new StockLevel(6, 0));
  }

  @Test
  void nothingGoesNegativeAndNoMoreIsHeldThanIsOnHand() {
    assertThat(level.allows(-7, 0)).as("below what is held").isFalse();
    assertThat(level.allows(0, 7)).as("holding more than available").isFalse();
    assertThat(level.allows(0, -5)).as("negative held").isFalse();
    assertThat(level.allows(-11, -4)).as("negative on hand").isFalse();
    assertThat(level.allows(Integer.MAX_VALUE, 0)).as("overflow").isFalse();
    assertThatThrownBy(() -> level.after(-7, 0)).isInstanceOf(IllegalArgumentException.class);
  }
}
