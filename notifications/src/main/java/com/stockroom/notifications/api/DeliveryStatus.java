package com.stockroom.notifications.api;

/** Where one message to one recipient stands. */
public enum DeliveryStatus {
  /** Waiting for its first attempt. */
  PENDING,
  /** At least one attempt failed; the next one is scheduled with backoff. */
  RETRYING,
  /** The SMTP server or the webhook receiver accepted it. */
  DELIVERED,
  /** No SMTP server is configured, so the message was written to the server log instead. */
  DELIVERED_TO_LOG,
  /** Every allowed attempt failed (or the failure cannot heal); staff may retry it. */
  DEAD
}
