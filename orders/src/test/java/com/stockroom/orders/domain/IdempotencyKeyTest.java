package com.stockroom.orders.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class IdempotencyKeyTest {

  @ParameterizedTest
  @ValueSource(strings = {"a", "0b6f0e8e-4a0d-4a7e-9c55-6b1f8d2f4c11", "order:42/retry#1"})
  void visibleAsciiUpTo255CharactersIsAKey(String raw) {
    assertThat(IdempotencyKey.parse(raw)).map(IdempotencyKey::value).contains(raw);
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "with space", "tab\there", "caf\u00e9"})
  void othersAreNot(String raw) {
    assertThat(IdempotencyKey.parse(raw)).isEmpty();
  }

  @Test
  void lengthIsBounded() {
    assertThat(IdempotencyKey.parse("k".repeat(255))).isPresent();
    assertThat(IdempotencyKey.parse("k".repeat(256))).isEmpty();
    assertThat(IdempotencyKey.parse(null)).isEmpty();
  }
}
