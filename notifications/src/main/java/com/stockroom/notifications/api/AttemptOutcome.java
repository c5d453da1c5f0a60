package com.stockroom.notifications.api;

/** What one attempt of a delivery came to. */
public enum AttemptOutcome {
  DELIVERED,
  DELIVERED_TO_LOG,
  FAILED
}
