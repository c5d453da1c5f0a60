package com.stockroom.orders.api;

import com.stockroom.common.paging.Page;
import com.stockroom.common.paging.PageRequest;
import com.stockroom.common.security.Caller;
import jakarta.ejb.Local;
import java.util.List;

/**
 * Orders as the staff console works with them, under the rules of the orders API: the workflow's
 * transitions for staff, cancelling with the stock put back, returns against delivered orders.
 * Managers only; anyone else gets a forbidden problem. Refusals are {@link
 * com.stockroom.common.problem.ProblemException}s; validation problems name the API's fields
 * ({@code lines[0].quantity}, {@code note}).
 */
@Local
public interface OrderAdministration {

  /** Orders placed today (UTC) and in the last 7 days, their revenue, and orders by status. */
  OrderStatistics statistics(Caller caller);

  /** Orders newest first, narrowed by {@code filter}. */
  Page<OrderSummary> search(Caller caller, OrderFilter filter, PageRequest page);

  /** One order with its lines, status history, returns and the moves staff may make now. */
  OrderDetail order(Caller caller, long orderId);

  /**
   * Moves the order to {@code status} if the workflow allows it from where it is.
   *
   * @param expectedVersion the version the staff member saw; a changed order is a conflict
   */
  OrderDetail changeStatus(
      Caller caller, long orderId, String status, String note, long expectedVersion);

  /** Cancels an order that has not left the shelf; its stock goes back through the ledger. */
  OrderDetail cancel(Caller caller, long orderId, String reason);

  /**
   * Records goods that came back from a delivered order.
   *
   * @param restock whether they go back on hand (sellable again)
   */
  OrderDetail recordReturn(
      Caller caller, long orderId, List<ReturnedItem> items, boolean restock, String note);
}
