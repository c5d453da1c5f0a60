package com.stockroom.orders.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class FeedPositionTest {

  @Test
  void roundTripsThroughItsEventId() {
    FeedPosition position = new FeedPosition(7421, 99);
    assertThat(position.toString()).isEqualTo("7421-99");
    assertThat(FeedPosition.parse("7421-99")).contains(position);
  }

  @Test
  void ordersByTransactionFirst() {
    assertThat(new FeedPosition(2, 1).isAfter(new FeedPosition(1, 50))).isTrue();
    assertThat(new FeedPosition(2, 3).isAfter(new FeedPosition(2, 2))).isTrue();
    assertThat(new FeedPosition(2, 2).isAfter(new FeedPosition(2, 2))).isFalse();
    assertThat(new FeedPosition(1, 1).isAfter(FeedPosition.START)).isTrue();
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "12", "-1-2", "1-", "a-b", "1-2-3", "99999999999999999999-1", " 1-2"})
  void anythingElseIsNotAPosition(String text) {
    assertThat(FeedPosition.parse(text)).isEmpty();
  }

  @Test
  void nullIsNotAPosition() {
    assertThat(FeedPosition.parse(null)).isEmpty();
  }
}
