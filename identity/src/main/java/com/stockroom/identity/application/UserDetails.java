package com.stockroom.identity.application;

import com.stockroom.identity.persistence.User;
import java.time.Instant;

/**
 * A user as identity's own resources show it (to the user, or to staff).
 *
 * @param role the role's wire name ({@code customer}, {@code manager}, {@code brand})
 */
public record UserDetails(
    long id,
    String email,
    String fullName,
    String role,
    Long brandId,
    boolean enabled,
    Instant createdAt,
    Instant updatedAt,
    Instant lastLoginAt) {

  static UserDetails of(User user) {
    return new UserDetails(
        user.id(),
        user.email().value(),
        user.fullName(),
        user.role().wireName(),
        user.brandId().orElse(null),
        user.enabled(),
        user.createdAt(),
        user.updatedAt(),
        user.lastLoginAt().orElse(null));
  }
}
