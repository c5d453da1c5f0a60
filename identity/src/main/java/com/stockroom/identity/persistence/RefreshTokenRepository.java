package com.stockroom.identity.persistence;

import com.stockroom.identity.domain.RevokeReason;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/** Refresh tokens on the primary; runs in the caller's transaction. */
@ApplicationScoped
public class RefreshTokenRepository {

  @PersistenceContext(unitName = "identity")
  EntityManager em;

  public void insert(RefreshToken token) {
    em.persist(token);
  }

  /**
   * The token with this hash, row-locked until the transaction ends, so that two refreshes with the
   * same token run one after the other and the second sees the first one's rotation.
   */
  public Optional<RefreshToken> lockByHash(String tokenHash) {
    em.createNativeQuery("SELECT set_config('lock_timeout', '5s', true)").getSingleResult();
    return em.createQuery(
            "SELECT t FROM RefreshToken t WHERE t.tokenHash = :hash", RefreshToken.class)
        .setParameter("hash", tokenHash)
        .setLockMode(LockModeType.PESSIMISTIC_WRITE)
        .getResultStream()
        .findFirst();
  }

  /** Revokes every token of the family that is not revoked yet; returns how many. */
  public int revokeFamily(UUID familyId, RevokeReason reason, Instant now) {
    return em.createQuery(
            "UPDATE RefreshToken t SET t.revokedAt = :now, t.revokedReason = :reason"
                + " WHERE t.familyId = :family AND t.revokedAt IS NULL")
        .setParameter("now", now)
        .setParameter("reason", reason.name())
        .setParameter("family", familyId)
        .executeUpdate();
  }

  /** Revokes every token of the user that is not revoked yet; returns how many. */
  public int revokeAllOf(long userId, RevokeReason reason, Instant now) {
    return em.createQuery(
            "UPDATE RefreshToken t SET t.revokedAt = :now, t.revokedReason = :reason"
                + " WHERE t.userId = :user AND t.revokedAt IS NULL")
        .setParameter("now", now)
        .setParameter("reason", reason.name())
        .setParameter("user", userId)
        .executeUpdate();
  }
}
