package com.stockroom.notifications.api;

import java.util.List;

/**
 * The event types and their payloads (JSON, camelCase unless a standard fixes the names; money as
 * {@code {"amount": 1250, "currency": "EUR"}}, times ISO-8601 UTC, ids as strings).
 */
public final class EventTypes {

  /**
   * {@code {orderId, customerId, customerEmail, status, placedAt, total: money, lines: [{sku, name,
   * quantity, unitPrice: money, lineTotal: money}]}}, to the customer.
   */
  public static final String ORDER_PLACED = "order.placed";

  /**
   * {@code {orderId, customerId, customerEmail, from, to, changedAt, changedBy}}, to the customer.
   */
  public static final String ORDER_STATUS_CHANGED = "order.status_changed";

  /** {@code {orderId, customerId, customerEmail, cancelledAt, cancelledBy}}, to the customer. */
  public static final String ORDER_CANCELLED = "order.cancelled";

  /**
   * Exactly {@code {"most_recent": item, "other": [item...]}} where an item is {@code {id, sku,
   * name, brand, price: money, quantity, alert: {quantity, critical}, created_at}}, to staff.
   */
  public static final String LOW_STOCK = "inventory.low_stock";

  /**
   * {@code {sku, productId, name, brand: {id, name, contactEmail}, occurredAt}}, to the brand's
   * contact e-mail.
   */
  public static final String OUT_OF_STOCK = "inventory.out_of_stock";

  /** {@code {customerId, customerEmail, sku, quantity, reservationId}}, to the customer. */
  public static final String RESERVATION_CONFIRMED = "cart.reservation_confirmed";

  /** {@code {customerId, customerEmail, sku, quantity, reason}}, to the customer. */
  public static final String RESERVATION_FAILED = "cart.reservation_failed";

  /**
   * {@code {subscriptionId, message, requestedBy, requestedAt}}: a manager's "send a test event" to
   * one webhook subscription. Not publishable by other modules and not subscribable.
   */
  public static final String WEBHOOK_TEST = "webhook.test";

  /** Every type other modules publish and webhook subscriptions may name. */
  public static final List<String> PUBLISHABLE =
      List.of(
          ORDER_PLACED,
          ORDER_STATUS_CHANGED,
          ORDER_CANCELLED,
          LOW_STOCK,
          OUT_OF_STOCK,
          RESERVATION_CONFIRMED,
          RESERVATION_FAILED);

  private EventTypes() {}
}
