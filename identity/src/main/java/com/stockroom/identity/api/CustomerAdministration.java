package com.stockroom.identity.api;

import com.stockroom.common.paging.Page;
import com.stockroom.common.paging.PageRequest;
import com.stockroom.common.security.Caller;
import jakarta.ejb.Local;

/**
 * What managers do with customer accounts in the console: find them, disable and enable them, with
 * the rules of the user administration API (disabling revokes every refresh token at once).
 * Managers only; anyone else gets a forbidden problem.
 */
@Local
public interface CustomerAdministration {

  /**
   * Customers, oldest first.
   *
   * @param text part of the e-mail or name, case-insensitive; {@code null} for any
   * @param enabled {@code null} for any
   */
  Page<CustomerAccount> search(Caller caller, String text, Boolean enabled, PageRequest page);

  /**
   * @throws com.stockroom.common.problem.ProblemException not found when it is no customer
   */
  CustomerAccount disable(Caller caller, long customerId);

  /**
   * @throws com.stockroom.common.problem.ProblemException not found when it is no customer
   */
  CustomerAccount enable(Caller caller, long customerId);
}
