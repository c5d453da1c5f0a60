package com.stockroom.identity.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class PasswordHashTest {

  @Test
  void newHashesUseOwaspCostAndASaltOfTheirOwn() {
    PasswordHash first = PasswordHash.of("plum-tractor-harbour");
    PasswordHash second = PasswordHash.of("plum-tractor-harbour");

    assertThat(first.iterations()).isEqualTo(600_000);
    assertThat(first.encoded()).startsWith("pbkdf2-sha256$600000$");
    assertThat(first.encoded()).isNotEqualTo(second.encoded());
  }

  @Test
  void matchesOnlyTheRightPasswordAfterAStorageRoundTrip() {
    PasswordHash stored =
        PasswordHash.parse(PasswordHash.of("plum-tractor-harbour", 1000).encoded());

    assertThat(stored.iterations()).isEqualTo(1000);
    assertThat(stored.matches("plum-tractor-harbour")).isTrue();
    assertThat(stored.matches("plum-tractor-harbouR")).isFalse();
    assertThat(stored.matches("")).isFalse();
  }

  @Test
  void handlesPasswordsBeyondAscii() {
    PasswordHash stored = PasswordHash.of("päßwörd-€-日本語-🔑", 1000);

    assertThat(stored.matches("päßwörd-€-日本語-🔑")).isTrue();
    assertThat(stored.matches("passwort-e-nihongo")).isFalse();
  }

  @Test
  void refusesForeignFormatsAndNeverPrintsTheHash() {
    assertThatThrownBy(() -> PasswordHash.parse("$2a$10$abcdefghijklmnopqrstuv"))
        .isInstanceOf(IllegalArgumentException.class);
    PasswordHash hash = PasswordHash.of("plum-tractor-harbour", 1000);
    assertThat(hash.toString()).doesNotContain(hash.encoded().split("\\$")[3]);
  }
}
