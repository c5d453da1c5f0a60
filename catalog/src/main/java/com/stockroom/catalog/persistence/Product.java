package com.stockroom.catalog.persistence;

import com.stockroom.catalog.domain.ProductStatus;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Objects;

/**
 * Something we sell, in one or more variants ({@link Sku}). Soft-deleted products stay for staff
 * and for the orders that refer to them; customers no longer see them.
 */
@Entity
@Table(name = "product")
public class Product {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(nullable = false, length = 200)
  private String name;

  @Column(nullable = false)
  private String description;

  @Column(name = "category_id", nullable = false)
  private long categoryId;

  @Column(name = "brand_id", nullable = false)
  private long brandId;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 16)
  private ProductStatus status;

  /** All SKUs of a product are priced in this currency. */
  @Column(nullable = false, length = 3, updatable = false)
  private String currency;

  /** Set at creation; afterwards the database keeps it (lowest live SKU price). */
  @Column(name = "min_price", nullable = false, updatable = false)
  private long minPrice;

  @Column(name = "created_at", nullable = false, updatable = false)
  private Instant createdAt;

  @Column(name = "updated_at", nullable = false)
  private Instant updatedAt;

  @Column(name = "deleted_at")
  private Instant deletedAt;

  @Version private long version;

  protected Product() {}

  public Product(
      String name,
      String description,
      long categoryId,
      long brandId,
      ProductStatus status,
      String currency,
      long initialMinPrice,
      Instant now) {
    this.name = Objects.requireNonNull(name);
    this.description = description == null ? "" : description;
    this.categoryId = categoryId;
    this.brandId = brandId;
    this.status = Objects.requireNonNull(status);
    this.currency = Objects.requireNonNull(currency);
    this.minPrice = initialMinPrice;
    this.createdAt = now;
    this.updatedAt = now;
  }

  public Long id() {
    return id;
  }

  public String name() {
    return name;
  }

  public String description() {
    return description;
  }

  public long categoryId() {
    return categoryId;
  }

  public long brandId() {
    return brandId;
  }

  public ProductStatus status() {
    return status;
  }

  public String currency() {
    return currency;
  }

  /** The lowest price of its live SKUs, as the database last computed it. */
  public long minPrice() {
    return minPrice;
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

  public long version() {
    return version;
  }

  public boolean isDeleted() {
    return deletedAt != null;
  }

  /** Listed for customers, and its live SKUs can be sold. */
  public boolean isOnSale() {
    return deletedAt == null && status == ProductStatus.ACTIVE;
  }

  public void rename(String newName, Instant now) {
    this.name = Objects.requireNonNull(newName);
    touch(now);
  }

  public void describe(String newDescription, Instant now) {
    this.description = newDescription == null ? "" : newDescription;
    touch(now);
  }

  public void classify(long newCategoryId, Instant now) {
    this.categoryId = newCategoryId;
    touch(now);
  }

  public void assignBrand(long newBrandId, Instant now) {
    this.brandId = newBrandId;
    touch(now);
  }

  public void changeStatus(ProductStatus newStatus, Instant now) {
    this.status = Objects.requireNonNull(newStatus);
    touch(now);
  }

  /** Soft delete; deleting a deleted product changes nothing. */
  public void delete(Instant now) {
    if (deletedAt == null) {
      deletedAt = now;
      touch(now);
    }
  }

  public void restore(Instant now) {
    if (deletedAt != null) {
      deletedAt = null;
      touch(now);
    }
  }

  /** A change to one of its SKUs is a change of the product (its version, its update time). */
  public void touch(Instant now) {
    this.updatedAt = now;
  }
}
