package com.stockroom.common.security;

/** The roles of Stockroom, as they appear in the token's {@code groups} claim. */
public final class Roles {
  public static final String CUSTOMER = "customer";
  public static final String MANAGER = "manager";
  public static final String BRAND = "brand";

  private Roles() {}
}
