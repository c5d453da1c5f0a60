package com.stockroom.identity.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** Names and roles: the small rules every account keeps. */
class AccountRulesTest {

  @Test
  void namesAreTrimmedAndBounded() {
    assertThat(FullName.parse("  Ann Lee ").orElseThrow().value()).isEqualTo("Ann Lee");
    assertThat(FullName.parse("   ")).isEmpty();
    assertThat(FullName.parse(null)).isEmpty();
    assertThat(FullName.parse("x".repeat(200))).isPresent();
    assertThat(FullName.parse("x".repeat(201))).isEmpty();
    assertThatThrownBy(() -> new FullName(" untrimmed"))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void onlyBrandUsersHaveABrand() {
    assertThat(Role.BRAND.fitsBrand(7L)).isTrue();
    assertThat(Role.BRAND.fitsBrand(null)).isFalse();
    assertThat(Role.MANAGER.fitsBrand(null)).isTrue();
    assertThat(Role.MANAGER.fitsBrand(7L)).isFalse();
    assertThat(Role.CUSTOMER.fitsBrand(7L)).isFalse();
  }

  @Test
  void rolesParseByTheirWireName() {
    assertThat(Role.parse(" Manager ")).contains(Role.MANAGER);
    assertThat(Role.parse("brand")).contains(Role.BRAND);
    assertThat(Role.parse("admin")).isEmpty();
    assertThat(Role.parse(null)).isEmpty();
  }
}
