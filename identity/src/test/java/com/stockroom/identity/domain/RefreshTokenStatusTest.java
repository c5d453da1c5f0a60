package com.stockroom.identity.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class RefreshTokenStatusTest {

  private static final Instant NOW = Instant.parse("2026-11-22T10:00:00Z");
  private static final Instant LATER = NOW.plusSeconds(3600);

  @Test
  void aFreshTokenIsActiveUntilItExpires() {
    RefreshTokenStatus fresh = new RefreshTokenStatus(null, null, LATER);

    assertThat(fresh.isActive(NOW)).isTrue();
    assertThat(fresh.isActive(LATER)).isFalse();
    assertThat(fresh.isReplay()).isFalse();
  }

  @Test
  void aUsedTokenPresentedAgainIsAReplay() {
    RefreshTokenStatus used = new RefreshTokenStatus(NOW, null, LATER);

    assertThat(used.isActive(NOW)).isFalse();
    assertThat(used.isReplay()).isTrue();
  }

  @Test
  void aRevokedTokenIsRefusedButIsNoReplay() {
    assertThat(new RefreshTokenStatus(null, NOW, LATER).isActive(NOW)).isFalse();
    assertThat(new RefreshTokenStatus(NOW, NOW, LATER).isReplay()).isFalse();
  }

  @Test
  void secretsAreLongRandomAndStoredAsTheirSha256() {
    RefreshTokenSecret secret = RefreshTokenSecret.generate();

    assertThat(secret.value()).hasSize(43).matches("[A-Za-z0-9_-]+");
    assertThat(secret.value()).isNotEqualTo(RefreshTokenSecret.generate().value());
    assertThat(new RefreshTokenSecret("abc").hash())
        .isEqualTo("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
    assertThat(secret.toString()).doesNotContain(secret.value());
  }
}
