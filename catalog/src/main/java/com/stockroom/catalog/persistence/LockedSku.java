package com.stockroom.catalog.persistence;

import com.stockroom.catalog.domain.AlertState;
import com.stockroom.catalog.domain.AlertThresholds;
import com.stockroom.catalog.domain.ProductStatus;
import com.stockroom.catalog.domain.StockLevel;

/**
 * A SKU row locked for update in the current transaction, with what stock changes and alerts need
 * to know about its product and brand. Its level follows the movements applied to it.
 */
public final class LockedSku {

  private final long id;
  private final String code;
  private final long productId;
  private final String productName;
  private final ProductStatus productStatus;
  private final boolean productDeleted;
  private final boolean deleted;
  private final long priceAmount;
  private final String currency;
  private final long brandId;
  private final String brandName;
  private final String brandEmail;
  private final AlertThresholds thresholds;
  private StockLevel level;
  private AlertState alert;

  LockedSku(
      long id,
      String code,
      long productId,
      String productName,
      ProductStatus productStatus,
      boolean productDeleted,
      boolean deleted,
      long priceAmount,
      String currency,
      long brandId,
      String brandName,
      String brandEmail,
      AlertThresholds thresholds,
      StockLevel level,
      AlertState alert) {
    this.id = id;
    this.code = code;
    this.productId = productId;
    this.productName = productName;
    this.productStatus = productStatus;
    this.productDeleted = productDeleted;
    this.deleted = deleted;
    this.priceAmount = priceAmount;
    this.currency = currency;
    this.brandId = brandId;
    this.brandName = brandName;
    this.brandEmail = brandEmail;
    this.thresholds = thresholds;
    this.level = level;
    this.alert = alert;
  }

  public long id() {
    return id;
  }

  public String code() {
    return code;
  }

  public long productId() {
    return productId;
  }

  public String productName() {
    return productName;
  }

  /** Whether it may be sold or held: it and its product are live and the product is active. */
  public boolean sellable() {
    return !deleted && !productDeleted && productStatus == ProductStatus.ACTIVE;
  }

  public boolean deleted() {
    return deleted;
  }

  public long priceAmount() {
    return priceAmount;
  }

  public String currency() {
    return currency;
  }

  public long brandId() {
    return brandId;
  }

  public String brandName() {
    return brandName;
  }

  public String brandEmail() {
    return brandEmail;
  }

  public AlertThresholds thresholds() {
    return thresholds;
  }

  public StockLevel level() {
    return level;
  }

  public AlertState alert() {
    return alert;
  }

  /** Records what {@link StockRepository#update} wrote. */
  void moved(StockLevel newLevel, AlertState newAlert) {
    this.level = newLevel;
    this.alert = newAlert;
  }
}
