package com.stockroom.orders.persistence;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** Goods of a delivered order that came back, with or without going back on the shelf. */
@Entity
@Table(name = "order_return")
public class OrderReturn {

  /** Units of one SKU that came back. */
  @Embeddable
  public static class Line {
    @Column(nullable = false)
    private String sku;

    @Column(nullable = false)
    private int quantity;

    protected Line() {}

    public Line(String sku, int quantity) {
      this.sku = sku;
      this.quantity = quantity;
    }

    public String sku() {
      return sku;
    }

    public int quantity() {
      return quantity;
    }
  }

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "order_id")
  private CustomerOrder order;

  @ElementCollection
  @CollectionTable(name = "order_return_line", joinColumns = @JoinColumn(name = "return_id"))
  @OrderBy("sku")
  private List<Line> lines = new ArrayList<>();

  @Column(nullable = false)
  private boolean restock;

  private String note;

  @Column(name = "recorded_by", nullable = false)
  private String recordedBy;

  @Column(name = "recorded_at", nullable = false)
  private Instant recordedAt;

  protected OrderReturn() {}

  OrderReturn(
      CustomerOrder order,
      List<Line> lines,
      boolean restock,
      String note,
      String recordedBy,
      Instant recordedAt) {
    this.order = order;
    this.lines = new ArrayList<>(lines);
    this.restock = restock;
    this.note = note;
    this.recordedBy = recordedBy;
    this.recordedAt = recordedAt;
  }

  public Long id() {
    return id;
  }

  public List<Line> lines() {
    return Collections.unmodifiableList(lines);
  }

  public boolean restock() {
    return restock;
  }

  public String note() {
    return note;
  }

  public String recordedBy() {
    return recordedBy;
  }

  public Instant recordedAt() {
    return recordedAt;
  }
}
