package com.stockroom.orders.application;

import com.stockroom.common.paging.Page;
import com.stockroom.common.paging.PageRequest;
import com.stockroom.common.persistence.ReadRouter;
import com.stockroom.common.problem.FieldError;
import com.stockroom.common.problem.ProblemException;
import com.stockroom.common.problem.ValidationProblem;
import com.stockroom.common.problem.Violations;
import com.stockroom.common.security.Caller;
import com.stockroom.orders.api.OrderAdministration;
import com.stockroom.orders.api.OrderDetail;
import com.stockroom.orders.api.OrderFilter;
import com.stockroom.orders.api.OrderStatistics;
import com.stockroom.orders.api.OrderSummary;
import com.stockroom.orders.api.ReturnedItem;
import com.stockroom.orders.domain.OrderStatus;
import com.stockroom.orders.domain.OrderWorkflow;
import com.stockroom.orders.domain.OrderWorkflow.Actor;
import com.stockroom.orders.domain.RequestedLine;
import com.stockroom.orders.persistence.OrderDetails;
import com.stockroom.orders.persistence.OrderRepository;
import com.stockroom.orders.persistence.OrderRepository.PlacedSince;
import com.stockroom.orders.persistence.OrderRepository.Search;
import com.stockroom.orders.rest.CancelOrderRequest;
import com.stockroom.orders.rest.ChangeStatusRequest;
import com.stockroom.orders.rest.OrderLineRequest;
import com.stockroom.orders.rest.RecordReturnRequest;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.Validator;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

/**
 * {@link OrderAdministration} for the console, on the services behind the orders API: the same
 * request records and constraints, the same workflow and the same events. Reads go to the replica
 * when it shows the staff member's own last change; changes lock the order on the primary.
 */
@Stateless
public class OrderAdministrationService implements OrderAdministration {

  @PersistenceContext(unitName = "orders")
  EntityManager primary;

  @PersistenceContext(unitName = "orders-replica")
  EntityManager replica;

  @Inject ReadRouter router;
  @Inject OrderRepository orders;
  @Inject OrderService service;
  @Inject Validator validator;

  @Override
  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  public OrderStatistics statistics(Caller caller) {
    requireManager(caller);
    Instant now = Instant.now();
    Instant midnight = now.atZone(ZoneOffset.UTC).truncatedTo(ChronoUnit.DAYS).toInstant();
    return read(
        caller,
        em -> {
          PlacedSince today = orders.placedSince(em, midnight);
          PlacedSince week = orders.placedSince(em, now.minus(Duration.ofDays(7)));
          Map<OrderStatus, Long> counts = orders.countByStatus(em);
          Map<String, Long> byStatus = new LinkedHashMap<>();
          for (OrderStatus status : OrderStatus.values()) {
            byStatus.put(status.name(), counts.getOrDefault(status, 0L));
          }
          return new OrderStatistics(
              today.count(), week.count(), today.revenue(), week.revenue(), byStatus);
        });
  }

  @Override
  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  public Page<OrderSummary> search(Caller caller, OrderFilter filter, PageRequest page) {
    requireManager(caller);
    Search search = search(filter);
    return read(
        caller,
        em ->
            Page.of(
                orders.search(em, search, page).stream()
                    .map(OrderAdministrationService::summary)
                    .toList(),
                page,
                orders.count(em, search)));
  }

  @Override
  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  public OrderDetail order(Caller caller, long orderId) {
    requireManager(caller);
    return read(caller, em -> orders.details(em, orderId))
        .map(OrderAdministrationService::detail)
        .orElseThrow(() -> ProblemException.notFound("Order " + orderId));
  }

  @Override
  public OrderDetail changeStatus(
      Caller caller, long orderId, String status, String note, long expectedVersion) {
    requireManager(caller);
    ChangeStatusRequest request =
        Violations.check(validator, new ChangeStatusRequest(status, blankToNull(note)));
    service.changeStatus(
        caller, orderId, parseStatus(request.status()), request.note(), expectedVersion);
    return current(orderId);
  }

  @Override
  public OrderDetail cancel(Caller caller, long orderId, String reason) {
    requireManager(caller);
    CancelOrderRequest request =
        Violations.check(validator, new CancelOrderRequest(blankToNull(reason)));
    service.cancel(caller, orderId, request.reason());
    return current(orderId);
  }

  @Override
  public OrderDetail recordReturn(
      Caller caller, long orderId, List<ReturnedItem> items, boolean restock, String note) {
    requireManager(caller);
    RecordReturnRequest request =
        Violations.check(
            validator,
            new RecordReturnRequest(
                items.stream().map(i -> new OrderLineRequest(i.sku(), i.quantity())).toList(),
                restock,
                blankToNull(note)));
    service.recordReturn(
        caller,
        orderId,
        request.lines().stream()
            .map(line -> new RequestedLine(line.sku().trim(), line.quantity()))
            .toList(),
        request.restock(),
        request.note());
    return current(orderId);
  }

  /** The order as this transaction left it. */
  private OrderDetail current(long orderId) {
    return detail(orders.details(primary, orderId).orElseThrow());
  }

  private <T> T read(Caller caller, Function<EntityManager, T> query) {
    return router.read(primary, replica, Long.toString(caller.userId()), 0, query);
  }

  private static Search search(OrderFilter filter) {
    List<FieldError> errors = new ArrayList<>();
    OrderStatus status = null;
    if (filter.status() != null && !filter.status().isBlank()) {
      try {
        status = OrderStatus.valueOf(filter.status().trim().toUpperCase(Locale.ROOT));
      } catch (IllegalArgumentException e) {
        errors.add(
            new FieldError("status", "must be one of " + Arrays.toString(OrderStatus.values())));
      }
    }
    if (filter.placedFrom() != null
        && filter.placedTo() != null
        && filter.placedTo().isBefore(filter.placedFrom())) {
      errors.add(new FieldError("placedTo", "must not be before the first day"));
    }
    if (!errors.isEmpty()) {
      throw new ValidationProblem(errors);
    }
    Long customerId = null;
    String email = null;
    String customer = filter.customer() == null ? "" : filter.customer().trim();
    if (customer.matches("[0-9]{1,18}")) {
      customerId = Long.parseLong(customer);
    } else if (!customer.isEmpty()) {
      email = customer;
    }
    return new Search(
        status,
        filter.placedFrom() == null
            ? null
            : filter.placedFrom().atStartOfDay(ZoneOffset.UTC).toInstant(),
        filter.placedTo() == null
            ? null
            : filter.placedTo().plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant(),
        customerId,
        email);
  }

  private static OrderStatus parseStatus(String raw) {
    try {
      return OrderStatus.valueOf(raw.trim().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw ProblemException.invalid(
          "status", "must be one of " + Arrays.toString(OrderStatus.values()));
    }
  }

  private static OrderSummary summary(OrderDetails details) {
    OrderView view = OrderViews.of(details);
    return new OrderSummary(
        view.id(),
        view.customerId(),
        details.order().customerEmail(),
        view.status().name(),
        view.lines().size(),
        view.total(),
        view.placedAt(),
        view.updatedAt());
  }

  private static OrderDetail detail(OrderDetails details) {
    OrderView view = OrderViews.of(details);
    return new OrderDetail(
        view.id(),
        view.customerId(),
        details.order().customerEmail(),
        view.status().name(),
        view.total(),
        view.placedAt(),
        view.updatedAt(),
        view.lines().stream()
            .map(
                line ->
                    new OrderDetail.Line(
                        line.sku(),
                        line.name(),
                        line.quantity(),
                        line.unitPrice(),
                        line.lineTotal(),
                        line.returnedQuantity()))
            .toList(),
        view.history().stream()
            .map(
                entry ->
                    new OrderDetail.Change(
                        entry.kind(),
                        entry.from() == null ? null : entry.from().name(),
                        entry.to() == null ? null : entry.to().name(),
                        entry.at(),
                        entry.by(),
                        entry.note()))
            .toList(),
        view.returns().stream()
            .map(
                entry ->
                    new OrderDetail.Return(
                        entry.id(),
                        entry.lines().stream()
                            .map(line -> new ReturnedItem(line.sku(), line.quantity()))
                            .toList(),
                        entry.restock(),
                        entry.note(),
                        entry.recordedAt(),
                        entry.recordedBy()))
            .toList(),
        OrderWorkflow.allowed(view.status(), Actor.STAFF).stream().map(Enum::name).toList(),
        OrderWorkflow.acceptsReturns(view.status()),
        view.version());
  }

  private static String blankToNull(String text) {
    return text == null || text.isBlank() ? null : text.trim();
  }

  static void requireManager(Caller caller) {
    if (caller == null || !caller.isManager()) {
      throw ProblemException.forbidden("Only staff administer orders.");
    }
  }
}
