package com.stockroom.identity.api;

import com.stockroom.common.security.Caller;
import java.util.Objects;
import java.util.Set;

/**
 * What other modules know of a user.
 *
 * @param roles the role names of {@link com.stockroom.common.security.Roles}
 * @param brandId the catalog brand of a brand user, else {@code null}
 * @param enabled {@code false} once staff disabled the account
 */
public record UserSummary(
    long id, String email, String fullName, Set<String> roles, Long brandId, boolean enabled) {

  public UserSummary {
    Objects.requireNonNull(email, "email");
    Objects.requireNonNull(fullName, "fullName");
    roles = Set.copyOf(roles);
  }

  /** The user as the caller of a service call. */
  public Caller toCaller() {
    return new Caller(id, email, roles, brandId);
  }
}
