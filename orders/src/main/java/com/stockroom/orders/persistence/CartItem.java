package com.stockroom.orders.persistence;

import com.stockroom.orders.domain.CartItemState;
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

/**
 * A SKU in a cart: either held in our stock until {@code expiresAt} (a catalog hold), or reserved
 * by the external reservation service (pending until its job answers).
 */
@Entity
@Table(name = "cart_item")
public class CartItem {

  /** Who keeps the units for the cart. */
  public enum Fulfilment {
    STOCK,
    EXTERNAL
  }

  /** Where an external reservation is. */
  public enum ReservationState {
    PENDING,
    RESERVED,
    FAILED
  }

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "cart_id")
  private Cart cart;

  @Column(nullable = false)
  private String sku;

  @Column(nullable = false)
  private int quantity;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private Fulfilment fulfilment;

  @Column(name = "hold_id")
  private Long holdId;

  @Column(name = "expires_at")
  private Instant expiresAt;

  @Enumerated(EnumType.STRING)
  @Column(name = "reservation_state")
  private ReservationState reservationState;

  @Column(name = "reservation_id")
  private String reservationId;

  @Column(name = "failure_reason")
  private String failureReason;

  @Column(name = "added_at", nullable = false)
  private Instant addedAt;

  @Column(name = "updated_at", nullable = false)
  private Instant updatedAt;

  protected CartItem() {}

  private CartItem(Cart cart, String sku, int quantity, Fulfilment fulfilment, Instant at) {
    this.cart = cart;
    this.sku = sku;
    this.quantity = quantity;
    this.fulfilment = fulfilment;
    this.addedAt = at;
    this.updatedAt = at;
  }

  /** An item whose units the catalog holds under {@code holdId} until {@code expiresAt}. */
  public static CartItem held(
      Cart cart, String sku, int quantity, long holdId, Instant expiresAt, Instant at) {
    CartItem item = new CartItem(cart, sku, quantity, Fulfilment.STOCK, at);
    item.holdId = holdId;
    item.expiresAt = expiresAt;
    cart.addItem(item);
    return item;
  }

  /** An item the external reservation service has yet to reserve. */
  public static CartItem pending(Cart cart, String sku, int quantity, Instant at) {
    CartItem item = new CartItem(cart, sku, quantity, Fulfilment.EXTERNAL, at);
    item.reservationState = ReservationState.PENDING;
    cart.addItem(item);
    return item;
  }

  public void rehold(int newQuantity, long newHoldId, Instant newExpiry, Instant at) {
    quantity = newQuantity;
    holdId = newHoldId;
    expiresAt = newExpiry;
    updatedAt = at;
  }

  /** A new quantity for an external item: the service is asked again. */
  public void reask(int newQuantity, Instant at) {
    quantity = newQuantity;
    reservationState = ReservationState.PENDING;
    reservationId = null;
    failureReason = null;
    updatedAt = at;
  }

  public void reserved(String id, Instant at) {
    reservationState = ReservationState.RESERVED;
    reservationId = id;
    failureReason = null;
    updatedAt = at;
  }

  public void failed(String reason, Instant at) {
    reservationState = ReservationState.FAILED;
    reservationId = null;
    failureReason = reason;
    updatedAt = at;
  }

  void detach() {
    cart.removeItem(this);
  }

  public CartItemState state(Instant now) {
    if (fulfilment == Fulfilment.STOCK) {
      return CartItemState.ofHold(expiresAt, now);
    }
    return switch (reservationState) {
      case PENDING -> CartItemState.PENDING;
      case RESERVED -> CartItemState.RESERVED;
      case FAILED -> CartItemState.FAILED;
    };
  }

  public Long id() {
    return id;
  }

  public Cart cart() {
    return cart;
  }

  public String sku() {
    return sku;
  }

  public int quantity() {
    return quantity;
  }

  public Fulfilment fulfilment() {
    return fulfilment;
  }

  public boolean isExternal() {
    return fulfilment == Fulfilment.EXTERNAL;
  }

  public Long holdId() {
    return holdId;
  }

  public Instant expiresAt() {
    return expiresAt;
  }

  public String reservationId() {
    return reservationId;
  }

  public String failureReason() {
    return failureReason;
  }

  public Instant addedAt() {
    return addedAt;
  }

  public Instant updatedAt() {
    return updatedAt;
  }
}
