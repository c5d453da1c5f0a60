package com.stockroom.orders.persistence;

import com.stockroom.common.paging.PageRequest;
import com.stockroom.orders.domain.OrderStatus;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Orders on the primary (writes, locks) and reads on whichever unit the caller routed them to. */
@ApplicationScoped
public class OrderRepository {

  @PersistenceContext(unitName = "orders")
  EntityManager em;

  /** Inserts the order at once, so that its id can name the stock movements it causes. */
  public void insert(CustomerOrder order) {
    em.persist(order);
    em.flush();
  }

  /** Writes pending changes, so that new history entries and returns get their ids. */
  public void flush() {
    em.flush();
  }

  /**
   * The order, locked against concurrent changes until the transaction ends.
   *
   * @throws com.stockroom.common.problem.ProblemException 503 when the lock is not granted in time
   */
  public Optional<CustomerOrder> lock(long id, Duration timeout) {
    return RowLocks.within(
        em,
        timeout,
        "The order is being changed by someone else right now; nothing was changed. Retry"
            + " shortly.",
        () ->
            em.createQuery("select o from CustomerOrder o where o.id = :id", CustomerOrder.class)
                .setParameter("id", id)
                .setLockMode(LockModeType.PESSIMISTIC_WRITE)
                .getResultStream()
                .findFirst());
  }

  public Optional<OrderDetails> details(EntityManager on, long id) {
    List<CustomerOrder> found =
        on.createQuery("select o from CustomerOrder o where o.id = :id", CustomerOrder.class)
            .setParameter("id", id)
            .getResultList();
    return details(on, found).stream().findFirst();
  }

  /** A page of orders, newest first; {@code customerId} and {@code status} filter when set. */
  public List<OrderDetails> page(
      EntityManager on, Long customerId, OrderStatus status, PageRequest page) {
    TypedQuery<CustomerOrder> query =
        filtered(
            on,
            "select o from CustomerOrder o",
            " order by o.placedAt desc, o.id desc",
            CustomerOrder.class,
            customerId,
            status);
    return details(
        on, query.setFirstResult(page.offset()).setMaxResults(page.size()).getResultList());
  }

  public long count(EntityManager on, Long customerId, OrderStatus status) {
    return filtered(on, "select count(o) from CustomerOrder o", "", Long.class, customerId, status)
        .getSingleResult();
  }

  private static <T> TypedQuery<T> filtered(
      EntityManager on,
      String select,
      String orderBy,
      Class<T> type,
      Long customerId,
      OrderStatus status) {
    List<String> conditions = new ArrayList<>();
    if (customerId != null) {
      conditions.add("o.customerId = :customer");
    }
    if (status != null) {
      conditions.add("o.status = :status");
    }
    String where = conditions.isEmpty() ? "" : " where " + String.join(" and ", conditions);
    TypedQuery<T> query = on.createQuery(select + where + orderBy, type);
    if (customerId != null) {
      query.setParameter("customer", customerId);
    }
    if (status != null) {
      query.setParameter("status", status);
    }
    return query;
  }

  private static List<OrderDetails> details(EntityManager on, List<CustomerOrder> orders) {
    if (orders.isEmpty()) {
      return List.of();
    }
    List<Long> ids = orders.stream().map(CustomerOrder::id).toList();
    Map<Long, List<OrderLine>> lines =
        byOrder(
            on.createQuery(
                    "select l.order.id, l from OrderLine l where l.order.id in :ids"
                        + " order by l.position",
                    Object[].class)
                .setParameter("ids", ids)
                .getResultList(),
            OrderLine.class);
    Map<Long, List<OrderHistoryEntry>> history =
        byOrder(
            on.createQuery(
                    "select h.order.id, h from OrderHistoryEntry h where h.order.id in :ids"
                        + " order by h.id",
                    Object[].class)
                .setParameter("ids", ids)
                .getResultList(),
            OrderHistoryEntry.class);
    Map<Long, List<OrderReturn>> returns =
        byOrder(
            on.createQuery(
                    "select r.order.id, r from OrderReturn r left join fetch r.lines"
                        + " where r.order.id in :ids order by r.id",
                    Object[].class)
                .setParameter("ids", ids)
                .getResultList(),
            OrderReturn.class);
    List<OrderDetails> details = new ArrayList<>();
    for (CustomerOrder order : orders) {
      details.add(
          new OrderDetails(
              order,
              lines.getOrDefault(order.id(), List.of()),
              history.getOrDefault(order.id(), List.of()),
              returns.getOrDefault(order.id(), List.of())));
    }
    return details;
  }

  private static <T> Map<Long, List<T>> byOrder(List<Object[]> rows, Class<T> type) {
    Map<Long, List<T>> grouped = new HashMap<>();
    Map<Object, Boolean> seen = new LinkedHashMap<>();
    for (Object[] row : rows) {
      T value = type.cast(row[1]);
      // A fetch join repeats its root once per joined row.
      if (seen.put(value, Boolean.TRUE) == null) {
        grouped.computeIfAbsent((Long) row[0], id -> new ArrayList<>()).add(value);
      }
    }
    return grouped;
  }
}
