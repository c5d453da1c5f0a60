package com.stockroom.bench;

import java.nio.file.Path;

/**
 * What seeding made that the scenarios need.
 *
 * @param customerPassword the password every seeded customer has
 * @param tokens one access token per line, of the first {@link #SIGNED_IN} customers
 * @param skus SKUs in the catalog, with ids and codes {@code SKU-1} to {@code SKU-<skus>}
 * @param deepCursor the listing's keyset cursor to page {@link #DEEP_PAGE}, as the previous page's
 *     next link gives it
 */
record Fixture(String customerPassword, Path tokens, int skus, String deepCursor) {

  /**
   * Customers signed in before the scenarios that need a token: more than the order scenarios'
   * clients, and enough carts for the add-to-cart scenario, which gives each customer 100 SKUs (a
   * cart's limit): 300 carts for the measurement (30 000 adds; 180 ran out at 602 adds/s) and 100
   * for the warm-up.
   */
  static final int SIGNED_IN = 400;

  /** The deep page of the listing: 20 products a page, 10 000 products, so 80 % of the way. */
  static final int DEEP_PAGE = 400;

  /** The spread-orders scenario and its ceiling order SKUs 2 to this (SKU 1 is the hot one). */
  static final int SPREAD_LAST_SKU = 10_001;
}
