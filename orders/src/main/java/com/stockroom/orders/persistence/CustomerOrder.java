package com.stockroom.orders.persistence;

import com.stockroom.common.money.Money;
import com.stockroom.orders.domain.OrderStatus;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** An order with its lines, history and returns. The workflow rules are in {@code domain}. */
@Entity
@Table(name = "customer_order")
public class CustomerOrder {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "customer_id", nullable = false)
  private long customerId;

  @Column(name = "customer_email", nullable = false)
  private String customerEmail;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private OrderStatus status;

  @Column(nullable = false)
  private String currency;

  @Column(name = "total_amount", nullable = false)
  private long totalAmount;

  @Column(name = "cart_id")
  private Long cartId;

  @Column(name = "placed_at", nullable = false)
  private Instant placedAt;

  @Column(name = "updated_at", nullable = false)
  private Instant updatedAt;

  @Version private long version;

  @OneToMany(mappedBy = "order", cascade = CascadeType.PERSIST)
  @OrderBy("position")
  private List<OrderLine> lines = new ArrayList<>();

  @OneToMany(mappedBy = "order", cascade = CascadeType.PERSIST)
  @OrderBy("id")
  private List<OrderHistoryEntry> history = new ArrayList<>();

  @OneToMany(mappedBy = "order", cascade = CascadeType.PERSIST)
  @OrderBy("id")
  private List<OrderReturn> returns = new ArrayList<>();

  protected CustomerOrder() {}

  /** A new order in {@code WAITING}, total zero until lines are added. */
  public CustomerOrder(
      long customerId, String customerEmail, String currency, Long cartId, Instant placedAt) {
    this.customerId = customerId;
    this.customerEmail = customerEmail;
    this.status = OrderStatus.WAITING;
    this.currency = currency;
    this.cartId = cartId;
    this.placedAt = placedAt;
    this.updatedAt = placedAt;
  }

  /** Adds a line sold at {@code unitPrice}, which must be in the order's currency. */
  public OrderLine addLine(
      String sku,
      long productId,
      String productName,
      int quantity,
      Money unitPrice,
      String reservationId) {
    if (!unitPrice.currency().equals(currency)) {
      throw new IllegalArgumentException(
          "line in " + unitPrice.currency() + " on an order in " + currency);
    }
    Money lineTotal = unitPrice.times(quantity);
    OrderLine line =
        new OrderLine(
            this,
            lines.size() + 1,
            sku,
            productId,
            productName,
            quantity,
            unitPrice.amount(),
            lineTotal.amount(),
            reservationId);
    lines.add(line);
    totalAmount = Math.addExact(totalAmount, lineTotal.amount());
    return line;
  }

  /** Records the order's placement as the first history entry. */
  public void recordPlacement(String by) {
    history.add(
        new OrderHistoryEntry(
            this, HistoryKind.PLACED, null, OrderStatus.WAITING, null, by, placedAt));
  }

  /** Moves the order to {@code to}; the caller has checked the workflow allows it. */
  public OrderHistoryEntry moveTo(OrderStatus to, String by, String note, Instant at) {
    HistoryKind kind = to == OrderStatus.CANCELLED ? HistoryKind.CANCELLED : HistoryKind.STATUS;
    OrderHistoryEntry entry = new OrderHistoryEntry(this, kind, status, to, note, by, at);
    history.add(entry);
    status = to;
    updatedAt = at;
    return entry;
  }

  /** Records a return; the caller has checked each line against what is still returnable. */
  public OrderReturn recordReturn(
      List<OrderReturn.Line> returned, boolean restock, String note, String by, Instant at) {
    for (OrderReturn.Line item : returned) {
      line(item.sku()).addReturned(item.quantity());
    }
    OrderReturn entry = new OrderReturn(this, returned, restock, note, by, at);
    returns.add(entry);
    history.add(
        new OrderHistoryEntry(
            this, HistoryKind.RETURN, status, status, describe(returned, restock), by, at));
    updatedAt = at;
    return entry;
  }

  private static String describe(List<OrderReturn.Line> returned, boolean restock) {
    StringBuilder text = new StringBuilder("returned ");
    for (int i = 0; i < returned.size(); i++) {
      text.append(i == 0 ? "" : ", ")
          .append(returned.get(i).quantity())
          .append(" x ")
          .append(returned.get(i).sku());
    }
    return text.append(restock ? ", restocked" : ", not restocked").toString();
  }

  private OrderLine line(String sku) {
    return lines.stream()
        .filter(line -> line.sku().equals(sku))
        .findFirst()
        .orElseThrow(() -> new IllegalArgumentException("no line " + sku));
  }

  public Long id() {
    return id;
  }

  public long customerId() {
    return customerId;
  }

  public String customerEmail() {
    return customerEmail;
  }

  public OrderStatus status() {
    return status;
  }

  public Money total() {
    return new Money(totalAmount, currency);
  }

  public String currency() {
    return currency;
  }

  public Long cartId() {
    return cartId;
  }

  public Instant placedAt() {
    return placedAt;
  }

  public Instant updatedAt() {
    return updatedAt;
  }

  public long version() {
    return version;
  }

  public List<OrderLine> lines() {
    return Collections.unmodifiableList(lines);
  }

  public List<OrderHistoryEntry> history() {
    return Collections.unmodifiableList(history);
  }

  public List<OrderReturn> returns() {
    return Collections.unmodifiableList(returns);
  }
}
