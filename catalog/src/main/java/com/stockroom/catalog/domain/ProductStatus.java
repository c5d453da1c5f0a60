package com.stockroom.catalog.domain;

/** Where a product is in its life; only {@link #ACTIVE} products are listed and sold. */
public enum ProductStatus {
  /** Being prepared by staff; customers do not see it. */
  DRAFT,
  /** Listed and sold. */
  ACTIVE,
  /** No longer sold; kept for staff and history. */
  DISCONTINUED
}
