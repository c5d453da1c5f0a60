package com.stockroom.identity.domain;

import java.time.Instant;

/**
 * Where a refresh token stands. A login starts a family; every refresh marks the presented token
 * used and adds its successor. A used token presented again means someone else holds a copy.
 *
 * @param usedAt when it was rotated, else {@code null}
 * @param revokedAt when it (or its family) was revoked, else {@code null}
 */
public record RefreshTokenStatus(Instant usedAt, Instant revokedAt, Instant expiresAt) {

  /** Usable: never used, not revoked, not expired. */
  public boolean isActive(Instant now) {
    return usedAt == null && revokedAt == null && now.isBefore(expiresAt);
  }

  /**
   * Presented again after it was rotated: the family must go. A revoked token presented again is
   * not a replay (its family is already dead), just refused.
   */
  public boolean isReplay() {
    return usedAt != null && revokedAt == null;
  }
}
