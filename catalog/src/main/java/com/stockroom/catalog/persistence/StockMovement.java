package com.stockroom.catalog.persistence;

import com.stockroom.catalog.domain.MovementReason;
import com.stockroom.catalog.domain.StockLevel;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** One row of the stock ledger; never changed once written. */
@Entity
@Table(name = "stock_movement")
public class StockMovement {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "sku_id", nullable = false, updatable = false)
  private long skuId;

  @Column(nullable = false, updatable = false)
  private int delta;

  @Column(name = "reserved_delta", nullable = false, updatable = false)
  private int reservedDelta;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 16, updatable = false)
  private MovementReason reason;

  @Column(length = 100, updatable = false)
  private String reference;

  @Column(length = 500, updatable = false)
  private String note;

  @Column(nullable = false, length = 100, updatable = false)
  private String actor;

  @Column(name = "balance_after", nullable = false, updatable = false)
  private int balanceAfter;

  @Column(name = "reserved_after", nullable = false, updatable = false)
  private int reservedAfter;

  @Column(name = "created_at", nullable = false, updatable = false)
  private Instant createdAt;

  protected StockMovement() {}

  public StockMovement(
      long skuId,
      int delta,
      int reservedDelta,
      MovementReason reason,
      String reference,
      String note,
      String actor,
      StockLevel after,
      Instant now) {
    this.skuId = skuId;
    this.delta = delta;
    this.reservedDelta = reservedDelta;
    this.reason = reason;
    this.reference = reference;
    this.note = note;
    this.actor = actor;
    this.balanceAfter = after.onHand();
    this.reservedAfter = after.reserved();
    this.createdAt = now;
  }

  public Long id() {
    return id;
  }

  public long skuId() {
    return skuId;
  }

  public int delta() {
    return delta;
  }

  public int reservedDelta() {
    return reservedDelta;
  }

  public MovementReason reason() {
    return reason;
  }

  public String reference() {
    return reference;
  }

  public String note() {
    return note;
  }

  public String actor() {
    return actor;
  }

  public int balanceAfter() {
    return balanceAfter;
  }

  public int reservedAfter() {
    return reservedAfter;
  }

  public Instant createdAt() {
    return createdAt;
  }
}
