package com.stockroom.identity.application;

import com.stockroom.identity.api.UserSummary;
import com.stockroom.identity.persistence.User;
import java.util.Set;

/** Maps the entity to what other modules see of it. */
final class UserViews {

  private UserViews() {}

  static UserSummary summary(User user) {
    return new UserSummary(
        user.id(),
        user.email().value(),
        user.fullName(),
        Set.of(user.role().wireName()),
        user.brandId().orElse(null),
        user.enabled());
  }
}
