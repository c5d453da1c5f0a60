package com.stockroom.common.security;

import java.util.Objects;
import java.util.Set;

/**
 * The authenticated user a service acts for. Resources build it from the bearer token and the
 * console from its login, then pass it explicitly: services never guess who is calling.
 *
 * @param userId the identity module's user id
 * @param brandId the brand a {@code brand} user belongs to, else {@code null}
 */
public record Caller(long userId, String email, Set<String> roles, Long brandId) {

  public Caller {
    Objects.requireNonNull(email, "email");
    roles = Set.copyOf(roles);
  }

  public boolean isManager() {
    return roles.contains(Roles.MANAGER);
  }

  public boolean isCustomer() {
    return roles.contains(Roles.CUSTOMER);
  }

  public boolean isBrand() {
    return roles.contains(Roles.BRAND) && brandId != null;
  }

  /** A short label for ledgers and histories: {@code user:42}. */
  public String actor() {
    return "user:" + userId;
  }
}
