package com.stockroom.identity.application;

import com.stockroom.common.paging.Page;
import com.stockroom.common.paging.PageRequest;
import com.stockroom.common.problem.ProblemException;
import com.stockroom.common.security.Caller;
import com.stockroom.identity.api.CustomerAccount;
import com.stockroom.identity.api.CustomerAdministration;
import com.stockroom.identity.domain.Role;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

/** The console's customer administration, on the user administration service. */
@Stateless
public class CustomerAccounts implements CustomerAdministration {

  @Inject UserAdministrationService users;

  @Override
  public Page<CustomerAccount> search(
      Caller caller, String text, Boolean enabled, PageRequest page) {
    requireManager(caller);
    String term = text == null || text.isBlank() ? null : text.trim();
    return users
        .search(Role.CUSTOMER.wireName(), enabled, term, page)
        .map(CustomerAccounts::account);
  }

  @Override
  public CustomerAccount disable(Caller caller, long customerId) {
    requireManager(caller);
    requireCustomer(customerId);
    return account(users.disable(caller, customerId));
  }

  @Override
  public CustomerAccount enable(Caller caller, long customerId) {
    requireManager(caller);
    requireCustomer(customerId);
    return account(users.enable(caller, customerId));
  }

  private void requireCustomer(long userId) {
    if (!Role.CUSTOMER.wireName().equals(users.find(userId).role())) {
      // Staff accounts are not managed from the customers page.
      throw ProblemException.notFound("Customer " + userId);
    }
  }

  private static void requireManager(Caller caller) {
    if (!caller.isManager()) {
      throw ProblemException.forbidden("Only managers administer customer accounts.");
    }
  }

  private static CustomerAccount account(UserDetails user) {
    return new CustomerAccount(
        user.id(),
        user.email(),
        user.fullName(),
        user.enabled(),
        user.createdAt(),
        user.lastLoginAt());
  }
}
