package com.stockroom.orders.persistence;

import com.stockroom.common.money.Money;
import com.stockroom.common.paging.PageRequest;
import com.stockroom.common.persistence.LockTimeouts;
import com.stockroom.orders.domain.OrderStatus;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
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
    return LockTimeouts.within(
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

  /**
   * What staff search orders by; {@code null} members mean any.
   *
   * @param placedUntil exclusive
   * @param emailPart part of the customer's e-mail, case-insensitive
   */
  public record Search(
      OrderStatus status,
      Instant placedFrom,
      Instant placedUntil,
      Long customerId,
      String emailPart) {}

  /** A page of orders matching {@code search}, newest first. */
  public List<OrderDetails> search(EntityManager on, Search search, PageRequest page) {
    TypedQuery<CustomerOrder> query =
        searched(
            on,
            "select o from CustomerOrder o",
            " order by o.placedAt desc, o.id desc",
            CustomerOrder.class,
            search);
    return details(
        on, query.setFirstResult(page.offset()).setMaxResults(page.size()).getResultList());
  }

  public long count(EntityManager on, Search search) {
    return searched(on, "select count(o) from CustomerOrder o", "", Long.class, search)
        .getSingleResult();
  }

  private static <T> TypedQuery<T> searched(
      EntityManager on, String select, String orderBy, Class<T> type, Search search) {
    List<String> conditions = new ArrayList<>();
    Map<String, Object> parameters = new HashMap<>();
    if (search.status() != null) {
      conditions.add("o.status = :status");
      parameters.put("status", search.status());
    }
    if (search.placedFrom() != null) {
      conditions.add("o.placedAt >= :from");
      parameters.put("from", search.placedFrom());
    }
    if (search.placedUntil() != null) {
      conditions.add("o.placedAt < :until");
      parameters.put("until", search.placedUntil());
    }
    if (search.customerId() != null) {
      conditions.add("o.customerId = :customer");
      parameters.put("customer", search.customerId());
    }
    if (search.emailPart() != null) {
      conditions.add("lower(o.customerEmail) like :email escape '!'");
      parameters.put(
          "email",
          "%"
              + search
                  .emailPart()
                  .toLowerCase(Locale.ROOT)
                  .replace("!", "!!")
                  .replace("%", "!%")
                  .replace("_", "!_")
              + "%");
    }
    String where = conditions.isEmpty() ? "" : " where " + String.join(" and ", conditions);
    TypedQuery<T> query = on.createQuery(select + where + orderBy, type);
    parameters.forEach(query::setParameter);
    return query;
  }

  /** How many orders are in each status. */
  public Map<OrderStatus, Long> countByStatus(EntityManager on) {
    Map<OrderStatus, Long> counts = new EnumMap<>(OrderStatus.class);
    for (Object[] row :
        on.createQuery(
                "select o.status, count(o) from CustomerOrder o group by o.status", Object[].class)
            .getResultList()) {
      counts.put((OrderStatus) row[0], (Long) row[1]);
    }
    return counts;
  }

  /** Orders placed since {@code since}: how many, and the totals of those not cancelled. */
  public PlacedSince placedSince(EntityManager on, Instant since) {
    long count =
        on.createQuery(
                "select count(o) from CustomerOrder o where o.placedAt >= :since", Long.class)
            .setParameter("since", since)
            .getSingleResult();
    List<Money> revenue =
        on
            .createQuery(
                "select o.currency, sum(o.totalAmount) from CustomerOrder o"
                    + " where o.placedAt >= :since and o.status <> :cancelled"
                    + " group by o.currency order by o.currency",
                Object[].class)
            .setParameter("since", since)
            .setParameter("cancelled", OrderStatus.CANCELLED)
            .getResultList()
            .stream()
            .map(row -> new Money(((Number) row[1]).longValue(), (String) row[0]))
            .toList();
    return new PlacedSince(count, revenue);
  }

  /** Orders placed in a period: their number, and their revenue per currency. */
  public record PlacedSince(long count, List<Money> revenue) {}

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
