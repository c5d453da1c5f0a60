package com.stockroom.orders.persistence;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * One request to the external reservation service, kept until it is answered for good. Claims
 * (which node, until when, with which token) are taken by SQL in {@link ReservationJobRepository};
 * the entity records outcomes.
 */
@Entity
@Table(name = "reservation_job")
public class ReservationJob {

  /** Where a job is. Only {@code PENDING} jobs are ever claimed. */
  public enum State {
    PENDING,
    SUCCEEDED,
    FAILED,
    CANCELLED
  }

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "cart_item_id", nullable = false)
  private long cartItemId;

  @Column(name = "customer_id", nullable = false)
  private long customerId;

  @Column(name = "customer_email", nullable = false)
  private String customerEmail;

  @Column(nullable = false)
  private String sku;

  @Column(nullable = false)
  private int quantity;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private State state;

  @Column(nullable = false)
  private int attempts;

  @Column(name = "next_attempt_at", nullable = false)
  private Instant nextAttemptAt;

  @Column(name = "claimed_by")
  private String claimedBy;

  @Column(name = "claim_token")
  private String claimToken;

  @Column(name = "claimed_until")
  private Instant claimedUntil;

  @Column(name = "reservation_id")
  private String reservationId;

  @Column(name = "last_error")
  private String lastError;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  @Column(name = "updated_at", nullable = false)
  private Instant updatedAt;

  protected ReservationJob() {}

  public ReservationJob(
      long cartItemId,
      long customerId,
      String customerEmail,
      String sku,
      int quantity,
      Instant at) {
    this.cartItemId = cartItemId;
    this.customerId = customerId;
    this.customerEmail = customerEmail;
    this.sku = sku;
    this.quantity = quantity;
    this.state = State.PENDING;
    this.nextAttemptAt = at;
    this.createdAt = at;
    this.updatedAt = at;
  }

  /** Whether {@code token} is this job's current claim (a claim taken over since is not). */
  public boolean isClaimedWith(String token) {
    return state == State.PENDING && token != null && token.equals(claimToken);
  }

  public void succeeded(String id, Instant at) {
    state = State.SUCCEEDED;
    reservationId = id;
    lastError = null;
    release(at);
  }

  public void failed(String reason, Instant at) {
    state = State.FAILED;
    lastError = truncate(reason);
    release(at);
  }

  public void retryAt(Instant next, String reason, Instant at) {
    nextAttemptAt = next;
    lastError = truncate(reason);
    release(at);
  }

  /** The cart item went away or asked again: this job's answer no longer matters. */
  public void cancel(Instant at) {
    if (state == State.PENDING) {
      state = State.CANCELLED;
      release(at);
    }
  }

  private void release(Instant at) {
    claimedBy = null;
    claimToken = null;
    claimedUntil = null;
    updatedAt = at;
  }

  private static String truncate(String text) {
    return text == null || text.length() <= 1000 ? text : text.substring(0, 1000);
  }

  public Long id() {
    return id;
  }

  public long cartItemId() {
    return cartItemId;
  }

  public long customerId() {
    return customerId;
  }

  public String customerEmail() {
    return customerEmail;
  }

  public String sku() {
    return sku;
  }

  public int quantity() {
    return quantity;
  }

  public State state() {
    return state;
  }

  public int attempts() {
    return attempts;
  }

  public Instant nextAttemptAt() {
    return nextAttemptAt;
  }

  public String lastError() {
    return lastError;
  }
}
