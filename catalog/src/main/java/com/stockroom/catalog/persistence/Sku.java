package com.stockroom.catalog.persistence;

import com.stockroom.catalog.domain.AlertLevel;
import com.stockroom.catalog.domain.AlertThresholds;
import com.stockroom.catalog.domain.SkuAttributes;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;

/**
 * A variant of a product with its own code, price and stock. The stock columns are read-only here:
 * they change only through the ledger (one SQL statement per movement, under the row lock), so no
 * stale entity can ever write them back.
 */
@Entity
@Table(name = "sku")
public class Sku {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "product_id", nullable = false, updatable = false)
  private long productId;

  @Column(nullable = false, length = 64, updatable = false)
  private String code;

  @Convert(converter = SkuAttributesConverter.class)
  @Column(nullable = false)
  private SkuAttributes attributes;

  @Column(name = "price_amount", nullable = false)
  private long priceAmount;

  @Column(name = "on_hand", insertable = false, updatable = false)
  private int onHand;

  @Column(insertable = false, updatable = false)
  private int reserved;

  @Column(name = "alert_threshold")
  private Integer alertThreshold;

  @Column(name = "critical_threshold")
  private Integer criticalThreshold;

  @Column(name = "alert_level", insertable = false, updatable = false)
  private int alertLevel;

  @Column(name = "alert_since", insertable = false, updatable = false)
  private Instant alertSince;

  @Column(name = "externally_fulfilled", nullable = false)
  private boolean externallyFulfilled;

  @Column(name = "created_at", nullable = false, updatable = false)
  private Instant createdAt;

  @Column(name = "updated_at", nullable = false)
  private Instant updatedAt;

  @Column(name = "deleted_at")
  private Instant deletedAt;

  protected Sku() {}

  public Sku(
      long productId,
      String code,
      SkuAttributes attributes,
      long priceAmount,
      AlertThresholds thresholds,
      boolean externallyFulfilled,
      Instant now) {
    this.productId = productId;
    this.code = Objects.requireNonNull(code);
    this.attributes = Objects.requireNonNull(attributes);
    this.priceAmount = priceAmount;
    this.alertThreshold = thresholds.alert();
    this.criticalThreshold = thresholds.critical();
    this.externallyFulfilled = externallyFulfilled;
    this.createdAt = now;
    this.updatedAt = now;
  }

  public Long id() {
    return id;
  }

  public long productId() {
    return productId;
  }

  public String code() {
    return code;
  }

  public SkuAttributes attributes() {
    return attributes;
  }

  public long priceAmount() {
    return priceAmount;
  }

  /** As loaded; the ledger's locked read is the truth inside a stock change. */
  public int onHand() {
    return onHand;
  }

  public int reserved() {
    return reserved;
  }

  public AlertThresholds thresholds() {
    return new AlertThresholds(alertThreshold, criticalThreshold);
  }

  public AlertLevel alertLevel() {
    return AlertLevel.ofCode(alertLevel);
  }

  public Instant alertSince() {
    return alertSince;
  }

  public boolean externallyFulfilled() {
    return externallyFulfilled;
  }

  public Instant createdAt() {
    return createdAt;
  }

  public Instant updatedAt() {
    return updatedAt;
  }

  public Instant deletedAt() {
    return deletedAt;
  }

  public boolean isDeleted() {
    return deletedAt != null;
  }

  public void reprice(long newPriceAmount, Instant now) {
    this.priceAmount = newPriceAmount;
    this.updatedAt = now;
  }

  public void describe(SkuAttributes newAttributes, Instant now) {
    this.attributes = Objects.requireNonNull(newAttributes);
    this.updatedAt = now;
  }

  public void setThresholds(AlertThresholds thresholds, Instant now) {
    this.alertThreshold = thresholds.alert();
    this.criticalThreshold = thresholds.critical();
    this.updatedAt = now;
  }

  public void fulfilExternally(boolean external, Instant now) {
    this.externallyFulfilled = external;
    this.updatedAt = now;
  }

  public void delete(Instant now) {
    if (deletedAt == null) {
      deletedAt = now;
      updatedAt = now;
    }
  }

  public void restore(Instant now) {
    if (deletedAt != null) {
      deletedAt = null;
      updatedAt = now;
    }
  }
}
