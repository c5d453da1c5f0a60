package com.stockroom.orders.api;

import com.stockroom.common.money.Money;
import java.time.Instant;
import java.util.List;

/**
 * An order as staff work on it.
 *
 * @param nextStatuses the statuses staff may move it to now, in workflow order ({@code CANCELLED}
 *     among them while it may be cancelled)
 * @param acceptsReturns whether returns may be recorded (delivered orders)
 * @param version changes with every change; pass it back when changing the status
 */
public record OrderDetail(
    String id,
    String customerId,
    String customerEmail,
    String status,
    Money total,
    Instant placedAt,
    Instant updatedAt,
    List<Line> lines,
    List<Change> history,
    List<Return> returns,
    List<String> nextStatuses,
    boolean acceptsReturns,
    long version) {

  public OrderDetail {
    lines = List.copyOf(lines);
    history = List.copyOf(history);
    returns = List.copyOf(returns);
    nextStatuses = List.copyOf(nextStatuses);
  }

  /** A line at the price it was sold at. */
  public record Line(
      String sku,
      String name,
      int quantity,
      Money unitPrice,
      Money lineTotal,
      int returnedQuantity) {}

  /**
   * One entry of the status history.
   *
   * @param kind {@code PLACED}, {@code STATUS}, {@code CANCELLED} or {@code RETURN}
   * @param from {@code null} for the placement
   */
  public record Change(String kind, String from, String to, Instant at, String by, String note) {}

  /** Goods that came back. */
  public record Return(
      String id, List<ReturnedItem> items, boolean restock, String note, Instant at, String by) {

    public Return {
      items = List.copyOf(items);
    }
  }
}
