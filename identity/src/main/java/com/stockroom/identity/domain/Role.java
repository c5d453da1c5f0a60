package com.stockroom.identity.domain;

import com.stockroom.common.security.Roles;
import java.util.Locale;
import java.util.Optional;

/** A user's role; its wire name is what the token's {@code groups} claim carries. */
public enum Role {
  CUSTOMER(Roles.CUSTOMER),
  MANAGER(Roles.MANAGER),
  BRAND(Roles.BRAND);

  private final String wireName;

  Role(String wireName) {
    this.wireName = wireName;
  }

  public String wireName() {
    return wireName;
  }

  /** A brand user belongs to exactly one brand; no other role has one. */
  public boolean fitsBrand(Long brandId) {
    return (this == BRAND) == (brandId != null);
  }

  public static Optional<Role> parse(String raw) {
    if (raw == null) {
      return Optional.empty();
    }
    String name = raw.trim().toLowerCase(Locale.ROOT);
    for (Role role : values()) {
      if (role.wireName.equals(name)) {
        return Optional.of(role);
      }
    }
    return Optional.empty();
  }
}
