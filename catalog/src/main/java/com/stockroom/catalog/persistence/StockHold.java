package com.stockroom.catalog.persistence;

import com.stockroom.catalog.domain.HoldStatus;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;

/** Units of a SKU set aside for an owner (a cart) until they expire, are released or sold. */
@Entity
@Table(name = "stock_hold")
public class StockHold {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "sku_id", nullable = false, updatable = false)
  private long skuId;

  @Column(nullable = false, updatable = false)
  private int quantity;

  @Column(nullable = false, length = 100, updatable = false)
  private String owner;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 16)
  private HoldStatus status;

  @Column(name = "expires_at", nullable = false, updatable = false)
  private Instant expiresAt;

  @Column(name = "created_at", nullable = false, updatable = false)
  private Instant createdAt;

  @Column(name = "closed_at")
  private Instant closedAt;

  @Column(length = 100)
  private String reference;

  protected StockHold() {}

  public StockHold(long skuId, int quantity, String owner, Instant expiresAt, Instant now) {
    this.skuId = skuId;
    this.quantity = quantity;
    this.owner = Objects.requireNonNull(owner);
    this.status = HoldStatus.ACTIVE;
    this.expiresAt = Objects.requireNonNull(expiresAt);
    this.createdAt = now;
  }

  public Long id() {
    return id;
  }

  public long skuId() {
    return skuId;
  }

  public int quantity() {
    return quantity;
  }

  public String owner() {
    return owner;
  }

  public HoldStatus status() {
    return status;
  }

  public Instant expiresAt() {
    return expiresAt;
  }

  public Instant createdAt() {
    return createdAt;
  }

  public Instant closedAt() {
    return closedAt;
  }

  public String reference() {
    return reference;
  }

  public boolean isActive() {
    return status == HoldStatus.ACTIVE;
  }

  /** Gives an active hold's units back: released by its owner, or expired. */
  public void close(HoldStatus outcome, Instant now) {
    if (status != HoldStatus.ACTIVE
        || (outcome != HoldStatus.RELEASED && outcome != HoldStatus.EXPIRED)) {
      throw new IllegalStateException(
          "hold " + id + " is " + status + ", cannot become " + outcome);
    }
    this.status = outcome;
    this.closedAt = now;
  }

  /**
   * Records that the hold's units were sold. An expired hold can still be sold when its units were
   * available again at the sale (the seller re-checks under the lock).
   */
  public void sell(String saleReference, Instant now) {
    if (status != HoldStatus.ACTIVE && status != HoldStatus.EXPIRED) {
      throw new IllegalStateException("hold " + id + " is " + status + ", cannot be sold");
    }
    this.status = HoldStatus.SOLD;
    this.reference = saleReference;
    this.closedAt = now;
  }
}
