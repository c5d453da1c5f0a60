package com.stockroom.catalog.domain;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The rule for a product's live SKUs: a product without options has exactly one SKU (without
 * attributes); with options, every SKU has attributes and no two have the same ones.
 */
public final class Variants {
  private Variants() {}

  /** Why these live SKUs' attributes break the rule, or {@code null}. */
  public static String problem(List<SkuAttributes> live) {
    if (live.size() <= 1) {
      return null;
    }
    Set<SkuAttributes> seen = new HashSet<>();
    for (SkuAttributes attributes : live) {
      if (attributes.isEmpty()) {
        return "a product with several SKUs needs attributes on each of them";
      }
      if (!seen.add(attributes)) {
        return "two SKUs of a product cannot have the same attributes " + attributes.values();
      }
    }
    return null;
  }
}
