package com.stockroom.catalog.domain;

import java.time.Instant;

/**
 * A SKU's tripped alert as stored: its level and since when it has been at least that bad (the
 * {@code created_at} of alert items).
 */
public record AlertState(AlertLevel level, Instant since) {

  public static final AlertState NONE = new AlertState(AlertLevel.NONE, null);

  /** The state after {@code crossing}: a rise restarts the clock, recovering clears it. */
  public AlertState after(AlertCrossing crossing, Instant now) {
    if (crossing.to() == AlertLevel.NONE) {
      return NONE;
    }
    if (crossing.to().compareTo(crossing.from()) > 0 || since == null) {
      return new AlertState(crossing.to(), now);
    }
    return new AlertState(crossing.to(), since);
  }
}
