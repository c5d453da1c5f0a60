package com.stockroom.identity.api;

import jakarta.ejb.Local;
import java.util.Optional;

/**
 * Checks an e-mail and password, for logins that do not go through the token endpoint (the staff
 * console's form login). Same rules as the token endpoint: the same hashing cost for unknown
 * e-mails, the same per-account and per-address limits, disabled users refused.
 */
@Local
public interface PasswordAuthenticator {

  /**
   * @param clientAddress the client's IP address, for the per-address limit
   * @return the user when the password is right and the account enabled; empty otherwise, without
   *     saying which of the two failed
   * @throws LoginThrottledException when the account or the address made too many attempts
   */
  Optional<UserSummary> authenticate(String email, String password, String clientAddress);
}
