package com.stockroom.notifications.api;

/** Whether a webhook subscription receives deliveries. */
public enum WebhookStatus {
  ACTIVE,
  /** Deliveries wait (they are kept) until staff resume the subscription. */
  PAUSED
}
