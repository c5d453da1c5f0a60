package com.stockroom.common.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class VerifiedTokensTest {

  private static final Instant START = Instant.parse("2026-12-07T12:00:00Z");

  /** A clock the test moves. */
  private static final class TestClock extends Clock {
    private Instant now = START;

    @Override
    public Instant instant() {
      return now;
    }

    @Override
    public ZoneId getZone() {
      return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
      return this;
    }
  }

  private final TestClock clock = new TestClock();

  private final List<String> verifications = new ArrayList<>();

  /** Accepts tokens named good-N, as principals accepted until START plus N seconds. */
  private String verify(String token) {
    verifications.add(token);
    if (!token.startsWith("good-")) {
      throw new IllegalArgumentException("refused " + token);
    }
    return "principal of " + token;
  }

  private static Instant acceptedUntil(String principal) {
    return START.plusSeconds(Long.parseLong(principal.substring(principal.lastIndexOf('-') + 1)));
  }

  private String verified(VerifiedTokens<String> tokens, String token) {
    return tokens.verified(token, this::verify, VerifiedTokensTest::acceptedUntil);
  }

  @Test
  void aTokenIsVerifiedOnceWhileItIsAccepted() {
    VerifiedTokens<String> tokens = new VerifiedTokens<>(10, clock);

    assertThat(verified(tokens, "good-60")).isEqualTo("principal of good-60");
    clock.now = START.plusSeconds(59);
    assertThat(verified(tokens, "good-60")).isEqualTo("principal of good-60");

    assertThat(verifications).containsExactly("good-60");
  }

  @Test
  void anExpiredTokenGoesBackToTheVerifier() {
    VerifiedTokens<String> tokens = new VerifiedTokens<>(10, clock);
    verified(tokens, "good-60");

    clock.now = START.plusSeconds(60);
    verified(tokens, "good-60");

    assertThat(verifications).containsExactly("good-60", "good-60");
    // Verified again past its time, it is not kept: every later request asks the verifier.
    assertThat(tokens.size()).isZero();
  }

  @Test
  void aRefusedTokenIsNeverKept() {
    VerifiedTokens<String> tokens = new VerifiedTokens<>(10, clock);

    for (int attempt = 0; attempt < 2; attempt++) {
      assertThatThrownBy(() -> verified(tokens, "forged"))
          .isInstanceOf(IllegalArgumentException.class);
    }

    assertThat(verifications).containsExactly("forged", "forged");
    assertThat(tokens.size()).isZero();
  }

  @Test
  void whenFullExpiredTokensGoFirstThenAll() {
    VerifiedTokens<String> tokens = new VerifiedTokens<>(3, clock);
    verified(tokens, "good-10");
    verified(tokens, "good-100");
    verified(tokens, "good-200");

    clock.now = START.plusSeconds(50);
    verified(tokens, "good-300");
    assertThat(tokens.size()).isEqualTo(3);
    verified(tokens, "good-100");
    assertThat(verifications).hasSize(4);

    verified(tokens, "good-400");
    assertThat(tokens.size()).isEqualTo(1);
    verified(tokens, "good-100");
    assertThat(verifications).hasSize(6);
  }
}
