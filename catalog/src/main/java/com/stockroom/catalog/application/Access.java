package com.stockroom.catalog.application;

import com.stockroom.common.problem.ProblemException;
import com.stockroom.common.security.Caller;

/** Who may do what in the catalog, checked by the services whatever the entry point. */
final class Access {

  private Access() {}

  static void requireManager(Caller caller) {
    if (caller == null || !caller.isManager()) {
      throw ProblemException.forbidden("Only staff may do this.");
    }
  }

  /** Staff and brand users may read stock; customers may not. */
  static void requireStockReader(Caller caller) {
    if (caller == null || !(caller.isManager() || caller.isBrand())) {
      throw ProblemException.forbidden("Only staff and brands may see stock.");
    }
  }

  /**
   * Staff see every SKU's stock; a brand user only its own brand's. Another brand's SKU is a 403
   * (its code is public in the catalog), unless it is deleted: then customers cannot know it
   * either, and it is a 404.
   */
  static void requireStockOf(Caller caller, String sku, long brandId, boolean deleted) {
    requireStockReader(caller);
    if (caller.isManager() || Long.valueOf(brandId).equals(caller.brandId())) {
      return;
    }
    if (deleted) {
      throw ProblemException.notFound("SKU " + sku);
    }
    throw ProblemException.forbidden("SKU " + sku + " belongs to another brand.");
  }
}
