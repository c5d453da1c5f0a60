package com.stockroom.identity.persistence;

import com.stockroom.identity.domain.RefreshTokenStatus;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

/**
 * One refresh token of a family (a login and its refreshes). Only the token's SHA-256 is stored;
 * where it stands is the domain's {@link RefreshTokenStatus}.
 */
@Entity
@Table(name = "refresh_tokens")
public class RefreshToken {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "token_hash", nullable = false, length = 64)
  private String tokenHash;

  @Column(name = "family_id", nullable = false)
  private UUID familyId;

  @Column(name = "user_id", nullable = false)
  private long userId;

  @Column(name = "issued_at", nullable = false)
  private Instant issuedAt;

  @Column(name = "expires_at", nullable = false)
  private Instant expiresAt;

  @Column(name = "used_at")
  private Instant usedAt;

  @Column(name = "revoked_at")
  private Instant revokedAt;

  @Column(name = "revoked_reason", length = 32)
  private String revokedReason;

  protected RefreshToken() {}

  private RefreshToken(
      String tokenHash, UUID familyId, long userId, Instant now, Duration lifetime) {
    this.tokenHash = tokenHash;
    this.familyId = familyId;
    this.userId = userId;
    this.issuedAt = now;
    this.expiresAt = now.plus(lifetime);
  }

  /** The first token of a new family (a login). */
  public static RefreshToken startFamily(
      String tokenHash, long userId, Instant now, Duration lifetime) {
    return new RefreshToken(tokenHash, UUID.randomUUID(), userId, now, lifetime);
  }

  /** Marks this token used and returns its successor in the same family. */
  public RefreshToken rotate(String successorHash, Instant now, Duration lifetime) {
    if (!status().isActive(now)) {
      throw new IllegalStateException("only an active token rotates");
    }
    usedAt = now;
    return new RefreshToken(successorHash, familyId, userId, now, lifetime);
  }

  public RefreshTokenStatus status() {
    return new RefreshTokenStatus(usedAt, revokedAt, expiresAt);
  }

  public UUID familyId() {
    return familyId;
  }

  public long userId() {
    return userId;
  }
}
