package com.stockroom.orders.application;

import com.stockroom.common.json.Jsonp;
import com.stockroom.common.money.Money;
import com.stockroom.notifications.api.EventPublisher;
import com.stockroom.notifications.api.EventTypes;
import com.stockroom.notifications.api.OutboundEvent;
import com.stockroom.notifications.api.Recipients;
import com.stockroom.orders.persistence.CustomerOrder;
import com.stockroom.orders.persistence.FeedRepository;
import com.stockroom.orders.persistence.OrderHistoryEntry;
import com.stockroom.orders.persistence.OrderLine;
import com.stockroom.orders.persistence.OrderReturn;
import com.stockroom.orders.persistence.ReservationJob;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;

/**
 * Publishes what happened to orders and cart reservations, inside the changing transaction: to the
 * notifications outbox (e-mail, webhooks) and, for orders, to the live feed. Payloads are those
 * documented on {@link EventTypes}.
 */
@Dependent
public class OrderEvents {

  /** Feed-only: returns have no outbox type yet. */
  public static final String ORDER_RETURNED = "order.returned";

  @Inject EventPublisher outbox;

  @Inject FeedRepository feed;

  void placed(CustomerOrder order) {
    JsonArrayBuilder lines = Jsonp.createArrayBuilder();
    for (OrderLine line : order.lines()) {
      lines.add(
          Jsonp.createObjectBuilder()
              .add("sku", line.sku())
              .add("name", line.productName())
              .add("quantity", line.quantity())
              .add("unitPrice", money(new Money(line.unitPriceAmount(), order.currency())))
              .add("lineTotal", money(new Money(line.lineTotalAmount(), order.currency()))));
    }
    JsonObject payload =
        about(order)
            .add("status", order.status().name())
            .add("placedAt", OrderViews.millis(order.placedAt()).toString())
            .add("total", money(order.total()))
            .add("lines", lines)
            .build();
    publish(order, EventTypes.ORDER_PLACED, payload);
  }

  void statusChanged(CustomerOrder order, OrderHistoryEntry change) {
    JsonObject payload =
        about(order)
            .add("from", change.fromStatus().name())
            .add("to", change.toStatus().name())
            .add("changedAt", OrderViews.millis(change.changedAt()).toString())
            .add("changedBy", change.changedBy())
            .build();
    publish(order, EventTypes.ORDER_STATUS_CHANGED, payload);
  }

  void cancelled(CustomerOrder order, OrderHistoryEntry change) {
    JsonObjectBuilder payload =
        about(order)
            .add("cancelledAt", OrderViews.millis(change.changedAt()).toString())
            .add("cancelledBy", change.changedBy());
    if (change.note() != null) {
      payload.add("reason", change.note());
    }
    publish(order, EventTypes.ORDER_CANCELLED, payload.build());
  }

  /** Returns reach the live feed; the outbox has no type for them (see ORDER_RETURNED). */
  void returned(CustomerOrder order, OrderReturn entry) {
    JsonArrayBuilder lines = Jsonp.createArrayBuilder();
    entry
        .lines()
        .forEach(
            l ->
                lines.add(
                    Jsonp.createObjectBuilder().add("sku", l.sku()).add("quantity", l.quantity())));
    JsonObject payload =
        about(order)
            .add("returnId", entry.id().toString())
            .add("lines", lines)
            .add("restock", entry.restock())
            .add("recordedAt", OrderViews.millis(entry.recordedAt()).toString())
            .add("recordedBy", entry.recordedBy())
            .build();
    feed.append(order.id(), order.customerId(), ORDER_RETURNED, payload.toString());
  }

  void reservationConfirmed(ReservationJob job, String reservationId) {
    JsonObject payload = reservation(job).add("reservationId", reservationId).build();
    outbox.publish(
        new OutboundEvent(
            EventTypes.RESERVATION_CONFIRMED,
            "cart-item:" + job.cartItemId(),
            payload,
            recipients(job.customerEmail())));
  }

  void reservationFailed(ReservationJob job, String reason) {
    JsonObject payload = reservation(job).add("reason", reason).build();
    outbox.publish(
        new OutboundEvent(
            EventTypes.RESERVATION_FAILED,
            "cart-item:" + job.cartItemId(),
            payload,
            recipients(job.customerEmail())));
  }

  private void publish(CustomerOrder order, String type, JsonObject payload) {
    outbox.publish(
        new OutboundEvent(type, "order:" + order.id(), payload, recipients(order.customerEmail())));
    feed.append(order.id(), order.customerId(), type, payload.toString());
  }

  private static JsonObjectBuilder about(CustomerOrder order) {
    return Jsonp.createObjectBuilder()
        .add("orderId", order.id().toString())
        .add("customerId", Long.toString(order.customerId()))
        .add("customerEmail", order.customerEmail());
  }

  private static JsonObjectBuilder reservation(ReservationJob job) {
    return Jsonp.createObjectBuilder()
        .add("customerId", Long.toString(job.customerId()))
        .add("customerEmail", job.customerEmail())
        .add("sku", job.sku())
        .add("quantity", job.quantity());
  }

  private static JsonObjectBuilder money(Money money) {
    return Jsonp.createObjectBuilder()
        .add("amount", money.amount())
        .add("currency", money.currency());
  }

  /** A token without an e-mail address (none in its {@code upn}) gets no e-mail, only webhooks. */
  private static Recipients recipients(String email) {
    return email == null || email.isBlank() ? Recipients.none() : Recipients.to(email);
  }
}
