package com.stockroom.identity.api;

import jakarta.ejb.Local;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;

/** Looks users up by id, e.g. to address an order's e-mails to its customer. */
@Local
public interface UserDirectory {

  Optional<UserSummary> findUser(long userId);

  /** The users that exist among {@code userIds}, by id. */
  Map<Long, UserSummary> findUsers(Collection<Long> userIds);
}
