package com.stockroom.admin.security;

import com.stockroom.common.security.Caller;
import com.stockroom.common.security.Roles;
import com.stockroom.identity.api.UserSummary;
import java.io.Serializable;
import java.util.Set;

/** The staff member signed in to a console session, as the session keeps them. */
public record StaffMember(long id, String email, String fullName, Set<String> roles, Long brandId)
    implements Serializable {

  public StaffMember {
    roles = Set.copyOf(roles);
  }

  static StaffMember of(UserSummary user) {
    return new StaffMember(user.id(), user.email(), user.fullName(), user.roles(), user.brandId());
  }

  /** Managers, and brand users who belong to a brand; never customers. */
  static boolean mayUseConsole(UserSummary user) {
    return user.roles().contains(Roles.MANAGER)
        || (user.roles().contains(Roles.BRAND) && user.brandId() != null);
  }

  public boolean isManager() {
    return roles.contains(Roles.MANAGER);
  }

  public Caller caller() {
    return new Caller(id, email, roles, brandId);
  }
}
