package com.stockroom.catalog.domain;

/**
 * A SKU's low-stock thresholds: the alert trips while available stock is below {@code alert}, and
 * is critical while it is below {@code critical}. Either may be absent.
 */
public record AlertThresholds(Integer alert, Integer critical) {

  public static final AlertThresholds NONE = new AlertThresholds(null, null);

  /** Why these thresholds are unacceptable, or {@code null} when they are fine. */
  public static String problem(Integer alert, Integer critical) {
    if (alert != null && alert < 1 || critical != null && critical < 1) {
      return "thresholds must be at least 1";
    }
    if (alert != null && critical != null && critical > alert) {
      return "the critical threshold must not exceed the alert threshold";
    }
    return null;
  }
}
