package com.stockroom.identity.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class RefreshTokenTest {

  private static final Instant NOW = Instant.parse("2026-11-22T10:00:00Z");
  private static final Duration LIFETIME = Duration.ofDays(30);

  @Test
  void rotationUsesTheTokenAndContinuesTheFamily() {
    RefreshToken first = RefreshToken.startFamily("a", 7, NOW, LIFETIME);
    RefreshToken second = first.rotate("b", NOW.plusSeconds(60), LIFETIME);

    assertThat(first.status().isReplay()).isTrue();
    assertThat(second.status().isActive(NOW.plusSeconds(61))).isTrue();
    assertThat(second.status().expiresAt()).isEqualTo(NOW.plusSeconds(60).plus(LIFETIME));
    assertThat(second.familyId()).isEqualTo(first.familyId());
    assertThat(second.userId()).isEqualTo(7);
  }

  @Test
  void onlyAnActiveTokenRotates() {
    RefreshToken token = RefreshToken.startFamily("a", 7, NOW, LIFETIME);
    token.rotate("b", NOW, LIFETIME);

    assertThatThrownBy(() -> token.rotate("c", NOW, LIFETIME))
        .isInstanceOf(IllegalStateException.class);
    RefreshToken expired = RefreshToken.startFamily("d", 7, NOW, LIFETIME);
    assertThatThrownBy(() -> expired.rotate("e", NOW.plus(LIFETIME), LIFETIME))
        .isInstanceOf(IllegalStateException.class);
  }
}
