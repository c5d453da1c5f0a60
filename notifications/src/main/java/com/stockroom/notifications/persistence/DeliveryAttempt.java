package com.stockroom.notifications.persistence;

import com.stockroom.notifications.api.AttemptOutcome;
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
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;

/** One attempt of a delivery, kept as it happened. */
@Entity
@Table(name = "delivery_attempt")
public class DeliveryAttempt {

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "delivery_attempt_seq")
  @SequenceGenerator(
      name = "delivery_attempt_seq",
      sequenceName = "delivery_attempt_seq",
      allocationSize = 50)
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "delivery_id", nullable = false)
  private Delivery delivery;

  @Column(nullable = false)
  private int number;

  @Column(name = "attempted_at", nullable = false)
  private Instant attemptedAt;

  @Column(name = "duration_ms", nullable = false)
  private int durationMs;

  @Column(nullable = false, length = 100)
  private String node;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 20)
  private AttemptOutcome outcome;

  @Column(name = "status_code")
  private Integer statusCode;

  @Column(length = 1000)
  private String error;

  protected DeliveryAttempt() {}

  DeliveryAttempt(Delivery delivery, int number, Delivery.Attempt attempt) {
    this.delivery = delivery;
    this.number = number;
    this.attemptedAt = attempt.attemptedAt();
    this.durationMs = (int) Math.min(Integer.MAX_VALUE, attempt.duration().toMillis());
    this.node = Delivery.Attempt.truncate(attempt.node(), 100);
    this.outcome = attempt.outcome();
    this.statusCode = attempt.statusCode();
    this.error = attempt.error();
  }

  public Delivery delivery() {
    return delivery;
  }

  public int number() {
    return number;
  }

  public Instant attemptedAt() {
    return attemptedAt;
  }

  public int durationMs() {
    return durationMs;
  }

  public String node() {
    return node;
  }

  public AttemptOutcome outcome() {
    return outcome;
  }

  public Integer statusCode() {
    return statusCode;
  }

  public String error() {
    return error;
  }
}
