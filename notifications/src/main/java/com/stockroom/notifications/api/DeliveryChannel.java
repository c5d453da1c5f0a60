package com.stockroom.notifications.api;

/** How a delivery reaches its recipient. */
public enum DeliveryChannel {
  EMAIL,
  WEBHOOK
}
