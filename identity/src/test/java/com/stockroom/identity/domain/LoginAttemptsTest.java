package com.stockroom.identity.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LoginAttemptsTest {

  private static final int LIMIT = 3;
  private static final long WINDOW = 60_000;
  private static final long LOCKOUT = 10_000;

  private static LoginAttempts attempt(LoginAttempts state, long now) {
    return state.afterAttempt(now, LIMIT, WINDOW, LOCKOUT);
  }

  @Test
  void theAttemptBeyondTheLimitLocksForTheLockoutTime() {
    LoginAttempts state = LoginAttempts.NONE;
    for (int i = 1; i <= LIMIT; i++) {
      state = attempt(state, 1000 + i);
      assertThat(state.lockedAt(1000 + i)).isFalse();
      assertThat(state.attempts()).isEqualTo(i);
    }
    state = attempt(state, 2000);

    assertThat(state.lockedAt(2000)).isTrue();
    assertThat(state.retryAfterSeconds(2000)).isEqualTo(10);
    assertThat(state.retryAfterSeconds(11_500)).isEqualTo(1);
    assertThat(attempt(state, 5000)).as("attempts while locked change nothing").isEqualTo(state);
    assertThat(state.lockedAt(12_000)).isFalse();
  }

  @Test
  void afterTheLockoutCountingStartsAfresh() {
    LoginAttempts state = LoginAttempts.NONE;
    for (int i = 0; i <= LIMIT; i++) {
      state = attempt(state, 0);
    }
    LoginAttempts after = attempt(state, LOCKOUT + 1);

    assertThat(after.lockedAt(LOCKOUT + 1)).isFalse();
    assertThat(after.attempts()).isEqualTo(1);
  }

  @Test
  void attemptsOutsideTheWindowDoNotAddUp() {
    LoginAttempts state = attempt(attempt(LoginAttempts.NONE, 0), 1);
    LoginAttempts later = attempt(state, WINDOW + 1);

    assertThat(later.attempts()).isEqualTo(1);
    assertThat(later.windowEndsAt()).isEqualTo(2 * WINDOW + 1);
  }

  @Test
  void aSuccessGivesItsAttemptBack() {
    LoginAttempts state = attempt(attempt(LoginAttempts.NONE, 0), 1);

    assertThat(state.afterSuccess().attempts()).isEqualTo(1);
    assertThat(LoginAttempts.NONE.afterSuccess()).isEqualTo(LoginAttempts.NONE);
  }

  @Test
  void survivesTheCacheEncodingAndIgnoresGarbage() {
    LoginAttempts state = new LoginAttempts(2, 123_456_789L, 987_654_321L);

    assertThat(LoginAttempts.decode(state.encode())).isEqualTo(state);
    assertThat(LoginAttempts.decode(null)).isEqualTo(LoginAttempts.NONE);
    assertThat(LoginAttempts.decode("x:y")).isEqualTo(LoginAttempts.NONE);
    assertThat(LoginAttempts.decode("-1:0:0")).isEqualTo(LoginAttempts.NONE);
  }
}
