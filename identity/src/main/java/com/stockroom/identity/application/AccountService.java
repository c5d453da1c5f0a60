package com.stockroom.identity.application;

import com.stockroom.common.problem.FieldError;
import com.stockroom.common.problem.ProblemException;
import com.stockroom.common.problem.ProblemType;
import com.stockroom.common.problem.ValidationProblem;
import com.stockroom.common.security.Caller;
import com.stockroom.identity.api.UserDirectory;
import com.stockroom.identity.api.UserSummary;
import com.stockroom.identity.domain.FullName;
import com.stockroom.identity.domain.PasswordHash;
import com.stockroom.identity.domain.PasswordPolicy;
import com.stockroom.identity.domain.RevokeReason;
import com.stockroom.identity.domain.Role;
import com.stockroom.identity.persistence.RefreshTokenRepository;
import com.stockroom.identity.persistence.User;
import com.stockroom.identity.persistence.UserRepository;
import jakarta.ejb.LocalBean;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jboss.logging.Logger;

/** A person's own account: registration, reading and changing it; and lookups for modules. */
@Stateless
@LocalBean // the resources inject it by class; other modules use its @Local view
public class AccountService implements UserDirectory {

  private static final Logger LOG = Logger.getLogger(AccountService.class);

  public static final ProblemType ACCOUNT_DISABLED =
      new ProblemType("/problems/account-disabled", "Account disabled", 403);

  @Inject UserRegistry registry;
  @Inject UserRepository users;
  @Inject RefreshTokenRepository refreshTokens;
  @Inject PasswordCheck passwords;
  @Inject LoginThrottle throttle;

  public UserDetails register(String email, String password, String fullName) {
    User user = registry.create(email, password, fullName, Role.CUSTOMER, null, Instant.now());
    LOG.infof("customer %d registered", user.id());
    return UserDetails.of(user);
  }

  public UserDetails ownAccount(Caller caller) {
    return UserDetails.of(own(caller));
  }

  /** Changes to one's own account; {@code null} leaves a field as it is. */
  public record AccountChanges(String fullName, String password, String currentPassword) {}

  /**
   * Renames and/or changes the password. A password change needs the current password (checked
   * under the login limits, since a stolen access token must not turn into the password) and ends
   * every session: all refresh tokens of the user are revoked.
   */
  public UserDetails changeOwnAccount(Caller caller, AccountChanges changes, String clientAddress) {
    User user = own(caller);
    if (!user.enabled()) {
      throw new ProblemException(ACCOUNT_DISABLED, "A disabled account cannot be changed.");
    }
    List<FieldError> errors = new ArrayList<>();
    FullName newName = null;
    if (changes.fullName() != null) {
      newName = FullName.parse(changes.fullName()).orElse(null);
      if (newName == null) {
        errors.add(
            new FieldError("fullName", "must have 1 to " + FullName.MAX_LENGTH + " characters"));
      }
    }
    if (changes.password() != null) {
      PasswordPolicy.violations(changes.password(), user.email().value())
          .forEach(message -> errors.add(new FieldError("password", message)));
      if (changes.currentPassword() == null || changes.currentPassword().isEmpty()) {
        errors.add(new FieldError("currentPassword", "is required to change the password"));
      }
    } else if (changes.currentPassword() != null) {
      errors.add(new FieldError("password", "is required with currentPassword"));
    }
    if (!errors.isEmpty()) {
      throw new ValidationProblem(errors);
    }
    Instant now = Instant.now();
    if (changes.password() != null) {
      LoginThrottle.Attempt attempt = throttle.begin(user.email().value(), clientAddress);
      if (passwords.verify(Optional.of(user), changes.currentPassword()).isEmpty()) {
        throw ProblemException.invalid("currentPassword", "is not the account's password");
      }
      throttle.succeeded(attempt);
      user.changePassword(PasswordHash.of(changes.password()), now);
      int revoked = refreshTokens.revokeAllOf(user.id(), RevokeReason.PASSWORD_CHANGED, now);
      LOG.infof("user %d changed the password (%d refresh tokens revoked)", user.id(), revoked);
    }
    if (newName != null) {
      user.rename(newName, now);
    }
    return UserDetails.of(user);
  }

  @Override
  public Optional<UserSummary> findUser(long userId) {
    return users.find(userId).map(UserViews::summary);
  }

  @Override
  public Map<Long, UserSummary> findUsers(Collection<Long> userIds) {
    return users.findAll(userIds).stream()
        .map(UserViews::summary)
        .collect(Collectors.toMap(UserSummary::id, Function.identity()));
  }

  private User own(Caller caller) {
    return users
        .find(caller.userId())
        .orElseThrow(() -> ProblemException.notFound("The token's user"));
  }
}
