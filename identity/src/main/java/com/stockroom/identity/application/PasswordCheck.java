package com.stockroom.identity.application;

import com.stockroom.identity.domain.PasswordHash;
import com.stockroom.identity.persistence.User;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;
import java.util.UUID;

/**
 * Checks a password so that the time taken does not tell whether the account exists: an unknown
 * e-mail is checked against a dummy hash of the same cost, and a disabled account's password is
 * checked before it is refused.
 */
@ApplicationScoped
public class PasswordCheck {

  /** A hash nobody knows the password of, made once per node. */
  private final PasswordHash dummy = PasswordHash.of(UUID.randomUUID().toString());

  /** The user when the password is right and the account enabled. */
  public Optional<User> verify(Optional<User> user, String password) {
    String candidate = password == null ? "" : password;
    if (user.isEmpty()) {
      dummy.matches(candidate);
      return Optional.empty();
    }
    boolean matches = user.get().password().matches(candidate);
    return matches && user.get().enabled() ? user : Optional.empty();
  }
}
