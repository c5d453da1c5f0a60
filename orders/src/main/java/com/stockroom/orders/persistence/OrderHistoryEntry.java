package com.stockroom.orders.persistence;

import com.stockroom.orders.domain.OrderStatus;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;

/** One change of an order, never updated. */
@Entity
@Table(name = "order_history")
public class OrderHistoryEntry {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "order_id")
  private CustomerOrder order;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private HistoryKind kind;

  @Enumerated(EnumType.STRING)
  @Column(name = "from_status")
  private OrderStatus fromStatus;

  @Enumerated(EnumType.STRING)
  @Column(name = "to_status", nullable = false)
  private OrderStatus toStatus;

  private String note;

  @Column(name = "changed_by", nullable = false)
  private String changedBy;

  @Column(name = "changed_at", nullable = false)
  private Instant changedAt;

  protected OrderHistoryEntry() {}

  OrderHistoryEntry(
      CustomerOrder order,
      HistoryKind kind,
      OrderStatus fromStatus,
      OrderStatus toStatus,
      String note,
      String changedBy,
      Instant changedAt) {
    this.order = order;
    this.kind = kind;
    this.fromStatus = fromStatus;
    this.toStatus = toStatus;
    this.note = note;
    this.changedBy = changedBy;
    this.changedAt = changedAt;
  }

  public HistoryKind kind() {
    return kind;
  }

  /** {@code null} for the placement. */
  public OrderStatus fromStatus() {
    return fromStatus;
  }

  public OrderStatus toStatus() {
    return toStatus;
  }

  public String note() {
    return note;
  }

  public String changedBy() {
    return changedBy;
  }

  public Instant changedAt() {
    return changedAt;
  }
}
