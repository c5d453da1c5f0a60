package com.stockroom.identity.application;

import com.stockroom.common.security.Caller;
import com.stockroom.identity.api.PasswordAuthenticator;
import com.stockroom.identity.api.UserSummary;
import com.stockroom.identity.application.AccessTokenIssuer.AccessToken;
import com.stockroom.identity.domain.EmailAddress;
import com.stockroom.identity.domain.RefreshTokenSecret;
import com.stockroom.identity.domain.RevokeReason;
import com.stockroom.identity.persistence.RefreshToken;
import com.stockroom.identity.persistence.RefreshTokenRepository;
import com.stockroom.identity.persistence.User;
import com.stockroom.identity.persistence.UserRepository;
import jakarta.ejb.LocalBean;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.Optional;
import org.jboss.logging.Logger;

/**
 * Token grants (password, refresh token), revocation and logout. A login starts a refresh-token
 * family; each refresh rotates the token within it; a rotated token presented again revokes the
 * family, because then two parties hold it.
 */
@Stateless
@LocalBean // the resources inject it by class; other modules use its @Local view
public class TokenService implements PasswordAuthenticator {

  private static final Logger LOG = Logger.getLogger(TokenService.class);

  @Inject UserRepository users;
  @Inject RefreshTokenRepository refreshTokens;
  @Inject PasswordCheck passwords;
  @Inject LoginThrottle throttle;
  @Inject AccessTokenIssuer accessTokens;
  @Inject IdentitySettings settings;

  /** What a successful grant hands out. */
  public record TokenGrant(String accessToken, long expiresInSeconds, String refreshToken) {}

  public TokenGrant passwordGrant(String email, String password, String clientAddress) {
    User user =
        login(email, password, clientAddress)
            .orElseThrow(
                () ->
                    OAuthException.invalidGrant(
                        "The e-mail or password is wrong, or the account is disabled."));
    Instant now = Instant.now();
    RefreshTokenSecret refresh = RefreshTokenSecret.generate();
    refreshTokens.insert(
        RefreshToken.startFamily(refresh.hash(), user.id(), now, settings.refreshTokenLifetime()));
    LOG.infof("tokens issued to user %d (password grant)", user.id());
    return grant(user, refresh, now);
  }

  public TokenGrant refreshGrant(String presented) {
    Instant now = Instant.now();
    RefreshToken token =
        refreshTokens
            .lockByHash(new RefreshTokenSecret(presented).hash())
            .orElseThrow(() -> OAuthException.invalidGrant("The refresh token is not valid."));
    if (token.status().isReplay()) {
      refreshTokens.revokeFamily(token.familyId(), RevokeReason.REUSE_DETECTED, now);
      LOG.warnf(
          "refresh token of user %d presented again after rotation: session %s revoked",
          token.userId(), token.familyId());
      throw OAuthException.invalidGrant(
          "The refresh token was already used; every token of its session is now revoked.");
    }
    if (!token.status().isActive(now)) {
      throw OAuthException.invalidGrant("The refresh token has expired or was revoked.");
    }
    User user = users.find(token.userId()).orElseThrow();
    if (!user.enabled()) {
      throw OAuthException.invalidGrant("The account is disabled.");
    }
    RefreshTokenSecret next = RefreshTokenSecret.generate();
    refreshTokens.insert(token.rotate(next.hash(), now, settings.refreshTokenLifetime()));
    LOG.debugf("tokens refreshed for user %d", user.id());
    return grant(user, next, now);
  }

  /**
   * RFC 7009: ends the session (refresh-token family) the token belongs to. Unknown tokens are
   * ignored, so the answer never tells whether a token existed.
   */
  public void revoke(String presented) {
    Instant now = Instant.now();
    refreshTokens
        .lockByHash(new RefreshTokenSecret(presented).hash())
        .ifPresent(
            token -> refreshTokens.revokeFamily(token.familyId(), RevokeReason.REVOKED, now));
  }

  /** Ends every session of the caller: no refresh token of theirs works any more. */
  public void logout(Caller caller) {
    int revoked = refreshTokens.revokeAllOf(caller.userId(), RevokeReason.LOGOUT, Instant.now());
    LOG.infof("user %d logged out (%d refresh tokens revoked)", caller.userId(), revoked);
  }

  @Override
  public Optional<UserSummary> authenticate(String email, String password, String clientAddress) {
    return login(email, password, clientAddress).map(UserViews::summary);
  }

  /** The brute-force limits, then the constant-cost password check. */
  private Optional<User> login(String email, String password, String clientAddress) {
    LoginThrottle.Attempt attempt = throttle.begin(email, clientAddress);
    Optional<User> user = EmailAddress.parse(email).flatMap(users::findByEmail);
    Optional<User> verified = passwords.verify(user, password);
    if (verified.isPresent()) {
      throttle.succeeded(attempt);
      users.recordLogin(verified.get().id(), Instant.now());
    } else {
      LOG.infof(
          "password login refused (%s)",
          user.map(u -> "user " + u.id() + (u.enabled() ? "" : ", disabled"))
              .orElse("no such user"));
    }
    return verified;
  }

  private TokenGrant grant(User user, RefreshTokenSecret refresh, Instant now) {
    AccessToken access = accessTokens.issue(user, now);
    return new TokenGrant(access.token(), access.expiresInSeconds(), refresh.value());
  }
}
