package com.stockroom.common.rest;

/** Names the resources of every module share in their OpenAPI annotations. */
public final class OpenApiNames {
  /** The bearer-token security scheme declared on the application. */
  public static final String BEARER = "bearer";

  private OpenApiNames() {}
}
