package com.stockroom.orders.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class CartItemStateTest {

  private static final Instant EXPIRY = Instant.parse("2026-11-22T10:15:30Z");

  @Test
  void aHoldIsHeldUntilItsExpiryAndExpiredFromThen() {
    assertThat(CartItemState.ofHold(EXPIRY, EXPIRY.minusMillis(1))).isEqualTo(CartItemState.HELD);
    assertThat(CartItemState.ofHold(EXPIRY, EXPIRY)).isEqualTo(CartItemState.EXPIRED);
  }

  @Test
  void checkoutTakesHeldExpiredAndReservedItemsOnly() {
    assertThat(CartItemState.values())
        .filteredOn(CartItemState::isCheckoutReady)
        .containsExactlyInAnyOrder(
            CartItemState.HELD, CartItemState.EXPIRED, CartItemState.RESERVED);
  }
}
