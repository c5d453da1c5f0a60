package com.stockroom.orders.persistence;

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
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** A customer's cart. At most one is {@code ACTIVE} per customer (a unique index says so). */
@Entity
@Table(name = "cart")
public class Cart {

  /** Whether the cart still takes items. */
  public enum Status {
    ACTIVE,
    CHECKED_OUT
  }

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "customer_id", nullable = false)
  private long customerId;

  @Column(name = "customer_email", nullable = false)
  private String customerEmail;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private Status status;

  @Column(name = "order_id")
  private Long orderId;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  @Column(name = "updated_at", nullable = false)
  private Instant updatedAt;

  @OneToMany(mappedBy = "cart")
  @OrderBy("id")
  private List<CartItem> items = new ArrayList<>();

  protected Cart() {}

  /** The hold owner name the catalog knows this cart's holds by. */
  public String holdOwner() {
    return "cart:" + id;
  }

  public void touch(String email, Instant at) {
    if (email != null && !email.isBlank()) {
      customerEmail = email;
    }
    updatedAt = at;
  }

  public void checkedOut(long order, Instant at) {
    status = Status.CHECKED_OUT;
    orderId = order;
    updatedAt = at;
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

  public Status status() {
    return status;
  }

  public Long orderId() {
    return orderId;
  }

  public Instant createdAt() {
    return createdAt;
  }

  public Instant updatedAt() {
    return updatedAt;
  }

  public List<CartItem> items() {
    return Collections.unmodifiableList(items);
  }

  void addItem(CartItem item) {
    items.add(item);
  }

  void removeItem(CartItem item) {
    items.remove(item);
  }
}
