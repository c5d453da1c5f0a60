package com.stockroom.identity.application;

import com.stockroom.common.paging.Page;
import com.stockroom.common.paging.PageRequest;
import com.stockroom.common.problem.ProblemException;
import com.stockroom.common.problem.ProblemType;
import com.stockroom.common.security.Caller;
import com.stockroom.identity.domain.RevokeReason;
import com.stockroom.identity.domain.Role;
import com.stockroom.identity.persistence.RefreshTokenRepository;
import com.stockroom.identity.persistence.User;
import com.stockroom.identity.persistence.UserRepository;
import com.stockroom.identity.persistence.UserRepository.Search;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Instant;
import org.jboss.logging.Logger;

/**
 * What managers do with accounts: find customers, look at one, create staff and brand users, and
 * disable or enable an account. Disabling takes effect at once for logins and refreshes (every
 * refresh token is revoked); access tokens already issued live until they expire.
 */
@Stateless
public class UserAdministrationService {

  private static final Logger LOG = Logger.getLogger(UserAdministrationService.class);

  public static final ProblemType CANNOT_DISABLE_SELF =
      new ProblemType("/problems/cannot-disable-self", "Cannot disable yourself", 409);

  @Inject UserRepository users;
  @Inject UserRegistry registry;
  @Inject RefreshTokenRepository refreshTokens;

  /**
   * @param role a role's wire name, or {@code null} for any
   * @param enabled {@code null} for any
   * @param text part of the e-mail or name, case-insensitive; {@code null} for any
   */
  public Page<UserDetails> search(String role, Boolean enabled, String text, PageRequest page) {
    Search search = new Search(role == null ? null : Role.parse(role).orElseThrow(), enabled, text);
    long total = users.count(search);
    return Page.of(users.search(search, page).stream().map(UserDetails::of).toList(), page, total);
  }

  public UserDetails find(long userId) {
    return UserDetails.of(load(userId));
  }

  /**
   * @param role a role's wire name
   * @param brandId the catalog brand of a brand user, else {@code null}
   */
  public UserDetails create(
      Caller manager, String email, String password, String fullName, String role, Long brandId) {
    Role parsedRole =
        Role.parse(role).orElseThrow(() -> ProblemException.invalid("role", "is not a role"));
    User user = registry.create(email, password, fullName, parsedRole, brandId, Instant.now());
    LOG.infof("user %d (%s) created by %s", user.id(), role, manager.actor());
    return UserDetails.of(user);
  }

  public UserDetails disable(Caller manager, long userId) {
    if (manager.userId() == userId) {
      throw new ProblemException(
          CANNOT_DISABLE_SELF, "Managers cannot disable their own account; ask another manager.");
    }
    User user = load(userId);
    Instant now = Instant.now();
    if (user.enabled()) {
      user.disable(now);
      int revoked = refreshTokens.revokeAllOf(userId, RevokeReason.USER_DISABLED, now);
      LOG.infof(
          "user %d disabled by %s (%d refresh tokens revoked)", userId, manager.actor(), revoked);
    }
    return UserDetails.of(user);
  }

  public UserDetails enable(Caller manager, long userId) {
    User user = load(userId);
    if (!user.enabled()) {
      user.enable(Instant.now());
      LOG.infof("user %d enabled by %s", userId, manager.actor());
    }
    return UserDetails.of(user);
  }

  private User load(long userId) {
    return users.find(userId).orElseThrow(() -> ProblemException.notFound("User " + userId));
  }
}
