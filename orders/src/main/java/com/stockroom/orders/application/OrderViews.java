package com.stockroom.orders.application;

import com.stockroom.common.money.Money;
import com.stockroom.orders.persistence.CustomerOrder;
import com.stockroom.orders.persistence.OrderDetails;
import com.stockroom.orders.persistence.OrderHistoryEntry;
import com.stockroom.orders.persistence.OrderLine;
import com.stockroom.orders.persistence.OrderReturn;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

/** Maps order entities to what callers see. Times are shown to the millisecond. */
final class OrderViews {

  private OrderViews() {}

  static OrderView of(OrderDetails details) {
    CustomerOrder order = details.order();
    return new OrderView(
        order.id().toString(),
        Long.toString(order.customerId()),
        order.status(),
        details.lines().stream().map(line -> line(order.currency(), line)).toList(),
        order.total(),
        millis(order.placedAt()),
        millis(order.updatedAt()),
        details.history().stream().map(OrderViews::history).toList(),
        details.returns().stream().map(OrderViews::returned).toList(),
        order.version());
  }

  /** The view of an order loaded for a change, after the change was flushed. */
  static OrderView of(CustomerOrder order) {
    return of(new OrderDetails(order, order.lines(), order.history(), order.returns()));
  }

  static ReturnView returned(OrderReturn entry) {
    return new ReturnView(
        entry.id().toString(),
        entry.lines().stream().map(l -> new ReturnLineView(l.sku(), l.quantity())).toList(),
        entry.restock(),
        entry.note(),
        millis(entry.recordedAt()),
        entry.recordedBy());
  }

  static Instant millis(Instant at) {
    return at == null ? null : at.truncatedTo(ChronoUnit.MILLIS);
  }

  private static OrderLineView line(String currency, OrderLine line) {
    return new OrderLineView(
        line.sku(),
        Long.toString(line.productId()),
        line.productName(),
        line.quantity(),
        new Money(line.unitPriceAmount(), currency),
        new Money(line.lineTotalAmount(), currency),
        line.returnedQuantity(),
        line.reservationId());
  }

  private static HistoryEntryView history(OrderHistoryEntry entry) {
    return new HistoryEntryView(
        entry.kind().name(),
        entry.fromStatus(),
        entry.toStatus(),
        millis(entry.changedAt()),
        entry.changedBy(),
        entry.note());
  }
}
