package com.stockroom.identity.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class EmailAddressTest {

  @Test
  void normalizesCaseAndSurroundingSpace() {
    assertThat(EmailAddress.parse("  Ann.Lee@Example.COM ").orElseThrow().value())
        .isEqualTo("ann.lee@example.com");
  }

  @Test
  void refusesWhatCannotBeAnAddress() {
    assertThat(EmailAddress.parse(null)).isEmpty();
    assertThat(EmailAddress.parse("")).isEmpty();
    assertThat(EmailAddress.parse("ann")).isEmpty();
    assertThat(EmailAddress.parse("ann@example")).isEmpty();
    assertThat(EmailAddress.parse("ann@@example.com")).isEmpty();
    assertThat(EmailAddress.parse("ann lee@example.com")).isEmpty();
    assertThat(EmailAddress.parse("a".repeat(250) + "@example.com")).isEmpty();
  }
}
