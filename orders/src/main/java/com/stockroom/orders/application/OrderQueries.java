package com.stockroom.orders.application;

import com.stockroom.common.paging.Page;
import com.stockroom.common.paging.PageRequest;
import com.stockroom.common.persistence.ReadRouter;
import com.stockroom.common.problem.ProblemException;
import com.stockroom.common.security.Caller;
import com.stockroom.orders.domain.OrderStatus;
import com.stockroom.orders.persistence.OrderRepository;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/**
 * Order history reads. They run outside transactions, on the read replica when it shows the
 * reader's own last change ({@link ReadRouter}), else on the primary: an order just placed is in
 * its customer's history on the very next request.
 */
@Stateless
@PermitAll
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class OrderQueries {

  @PersistenceContext(unitName = "orders")
  EntityManager primary;

  @PersistenceContext(unitName = "orders-replica")
  EntityManager replica;

  @Inject ReadRouter router;

  @Inject OrderRepository orders;

  /**
   * Orders newest first: a customer's own, or for staff everybody's ({@code customerId} narrows it
   * to one customer).
   */
  public Page<OrderView> history(
      Caller caller, OrderStatus status, Long customerId, PageRequest page) {
    Long customer = caller.isManager() ? customerId : Long.valueOf(caller.userId());
    return router.read(
        primary,
        replica,
        Long.toString(caller.userId()),
        0,
        em ->
            Page.of(
                orders.page(em, customer, status, page).stream().map(OrderViews::of).toList(),
                page,
                orders.count(em, customer, status)));
  }

  /** One order: the caller's own, or any for staff. Anything else is not found. */
  public OrderView order(Caller caller, long orderId) {
    return router
        .read(
            primary, replica, Long.toString(caller.userId()), 0, em -> orders.details(em, orderId))
        .filter(details -> caller.isManager() || details.order().customerId() == caller.userId())
        .map(OrderViews::of)
        .orElseThrow(() -> ProblemException.notFound("Order " + orderId));
  }

  /** One return of an order the caller may see. */
  public ReturnView returned(Caller caller, long orderId, long returnId) {
    OrderView order = order(caller, orderId);
    return order.returns().stream()
        .filter(entry -> entry.id().equals(Long.toString(returnId)))
        .findFirst()
        .orElseThrow(
            () -> ProblemException.notFound("Return " + returnId + " of order " + orderId));
  }
}
