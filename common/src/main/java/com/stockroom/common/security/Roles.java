package com.stockroom.common.security;

import java.util.List;

/** The roles of Stockroom, as they appear in the token's {@code groups} claim. */
public final class Roles {
  public static final String CUSTOMER = "customer";
  public static final String MANAGER = "manager";
  public static final String BRAND = "brand";

  /** Every role, for validating a role named in a request. */
  public static final List<String> ALL = List.of(CUSTOMER, MANAGER, BRAND);

  private Roles() {}
}
