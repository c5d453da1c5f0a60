package com.stockroom.notifications.persistence;

import com.stockroom.notifications.api.AttemptOutcome;
import com.stockroom.notifications.api.DeliveryChannel;
import com.stockroom.notifications.api.DeliveryStatus;
import com.stockroom.notifications.domain.RetryPolicy;
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
import jakarta.persistence.Version;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * One message of one event to one recipient, and its way through attempts:
 *
 * <pre>
 * PENDING --fail--> RETRYING --fail (round exhausted, or cannot heal)--> DEAD --staff retry--> PENDING
 *    \________________\__success__> DELIVERED (or DELIVERED_TO_LOG without SMTP)
 * </pre>
 *
 * A node that takes it sets a claim token and pushes {@code dueAt} to the end of its lease, so no
 * other node takes it meanwhile; if that node dies, the lease runs out and another node retries.
 */
@Entity
@Table(name = "delivery")
public class Delivery {

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "delivery_seq")
  @SequenceGenerator(name = "delivery_seq", sequenceName = "delivery_seq", allocationSize = 50)
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "event_id", nullable = false)
  private OutboxEvent event;

  /** The event's id without loading it (so that a claim can load many events at once). */
  @Column(name = "event_id", insertable = false, updatable = false)
  private UUID eventId;

  @Column(name = "event_type", nullable = false, length = 64)
  private String eventType;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 16)
  private DeliveryChannel channel;

  @Column(nullable = false, length = 2000)
  private String recipient;

  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "subscription_id")
  private WebhookSubscription subscription;

  /** The subscription's id without loading it (so it can be locked before it is read). */
  @Column(name = "subscription_id", insertable = false, updatable = false)
  private Long subscriptionId;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 20)
  private DeliveryStatus status;

  @Column(nullable = false)
  private int attempts;

  @Column(name = "cycle_attempts", nullable = false)
  private int cycleAttempts;

  @Column(name = "due_at", nullable = false)
  private Instant dueAt;

  @Column(name = "claim_token")
  private UUID claimToken;

  @Column(name = "last_attempt_at")
  private Instant lastAttemptAt;

  @Column(name = "last_status_code")
  private Integer lastStatusCode;

  @Column(name = "last_error", length = 1000)
  private String lastError;

  @Column(name = "delivered_at")
  private Instant deliveredAt;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  @Version private long version;

  protected Delivery() {}

  private Delivery(
      OutboxEvent event,
      DeliveryChannel channel,
      String recipient,
      WebhookSubscription subscription,
      Instant now) {
    this.event = event;
    this.eventType = event.type();
    this.channel = channel;
    this.recipient = recipient;
    this.subscription = subscription;
    this.status = DeliveryStatus.PENDING;
    this.dueAt = now;
    this.createdAt = now;
  }

  public static Delivery email(OutboxEvent event, String address, Instant now) {
    return new Delivery(event, DeliveryChannel.EMAIL, address, null, now);
  }

  public static Delivery webhook(OutboxEvent event, WebhookSubscription subscription, Instant now) {
    return new Delivery(event, DeliveryChannel.WEBHOOK, subscription.url(), subscription, now);
  }

  /** Takes it for one attempt; nobody else will until {@code leaseEnd}. */
  public UUID claim(Instant leaseEnd) {
    if (!isWaiting()) {
      throw new IllegalStateException("delivery " + id + " is " + status + ", not waiting");
    }
    claimToken = UUID.randomUUID();
    dueAt = leaseEnd;
    return claimToken;
  }

  public boolean isClaimedBy(UUID token) {
    return token != null && token.equals(claimToken);
  }

  /**
   * Records the attempt of the claim {@code token} and moves the delivery on.
   *
   * @param permanent the failure cannot heal by waiting (a malformed address, an unrenderable
   *     payload): DEAD at once
   * @param random in [0, 1), for the backoff jitter
   * @return the attempt, numbered
   */
  public DeliveryAttempt recordAttempt(
      Attempt attempt, boolean permanent, RetryPolicy policy, double random) {
    Objects.requireNonNull(attempt, "attempt");
    attempts++;
    cycleAttempts++;
    claimToken = null;
    lastAttemptAt = attempt.attemptedAt();
    lastStatusCode = attempt.statusCode();
    switch (attempt.outcome()) {
      case DELIVERED, DELIVERED_TO_LOG -> {
        status =
            attempt.outcome() == AttemptOutcome.DELIVERED
                ? DeliveryStatus.DELIVERED
                : DeliveryStatus.DELIVERED_TO_LOG;
        deliveredAt = attempt.finishedAt();
        lastError = null;
      }
      case FAILED -> {
        lastError = attempt.error();
        if (permanent || policy.exhausted(cycleAttempts)) {
          status = DeliveryStatus.DEAD;
        } else {
          status = DeliveryStatus.RETRYING;
          dueAt = attempt.finishedAt().plus(policy.delayAfter(cycleAttempts, random));
        }
      }
    }
    return new DeliveryAttempt(this, attempts, attempt);
  }

  /**
   * Records an attempt that ended after its lease ran out: another node may have taken the delivery
   * meanwhile, so its state is that node's business; the attempt is still logged.
   */
  public DeliveryAttempt recordLateAttempt(Attempt attempt) {
    attempts++;
    lastAttemptAt = attempt.attemptedAt();
    return new DeliveryAttempt(this, attempts, attempt);
  }

  /** Staff retry of a DEAD delivery: a new round of attempts, the first one due now. */
  public void retryManually(Instant now) {
    if (status != DeliveryStatus.DEAD) {
      throw new IllegalStateException("delivery " + id + " is " + status + ", not DEAD");
    }
    status = DeliveryStatus.PENDING;
    cycleAttempts = 0;
    claimToken = null;
    dueAt = now;
  }

  /** Its subscription was deleted: nothing will be sent any more. */
  public void abandon(String reason) {
    if (isWaiting()) {
      status = DeliveryStatus.DEAD;
      claimToken = null;
      lastError = reason;
    }
  }

  public boolean isWaiting() {
    return status == DeliveryStatus.PENDING || status == DeliveryStatus.RETRYING;
  }

  /** When the next attempt is due, while one is (not while a node holds it). */
  public Instant nextAttemptAt() {
    return isWaiting() && claimToken == null ? dueAt : null;
  }

  public Long id() {
    return id;
  }

  public OutboxEvent event() {
    return event;
  }

  public String eventType() {
    return eventType;
  }

  public DeliveryChannel channel() {
    return channel;
  }

  public String recipient() {
    return recipient;
  }

  public WebhookSubscription subscription() {
    return subscription;
  }

  /** The event's id; the event itself is read on first use. */
  public UUID eventId() {
    return eventId != null ? eventId : event.id();
  }

  public Long subscriptionId() {
    return subscriptionId != null
        ? subscriptionId
        : subscription == null ? null : subscription.id();
  }

  public DeliveryStatus status() {
    return status;
  }

  public int attempts() {
    return attempts;
  }

  public Instant dueAt() {
    return dueAt;
  }

  public Instant lastAttemptAt() {
    return lastAttemptAt;
  }

  public Integer lastStatusCode() {
    return lastStatusCode;
  }

  public String lastError() {
    return lastError;
  }

  public Instant deliveredAt() {
    return deliveredAt;
  }

  public Instant createdAt() {
    return createdAt;
  }

  /**
   * What happened in one attempt.
   *
   * @param statusCode the receiver's HTTP status, when it answered
   * @param error why it failed, when it did
   */
  public record Attempt(
      AttemptOutcome outcome,
      Instant attemptedAt,
      Duration duration,
      String node,
      Integer statusCode,
      String error) {

    public Attempt {
      Objects.requireNonNull(outcome, "outcome");
      Objects.requireNonNull(attemptedAt, "attemptedAt");
      Objects.requireNonNull(duration, "duration");
      Objects.requireNonNull(node, "node");
      if (outcome == AttemptOutcome.FAILED && (error == null || error.isBlank())) {
        throw new IllegalArgumentException("a failed attempt says why");
      }
      error = error == null ? null : truncate(error, 1000);
    }

    public Instant finishedAt() {
      return attemptedAt.plus(duration);
    }

    static String truncate(String text, int max) {
      return text.length() <= max ? text : text.substring(0, max - 1) + "…";
    }
  }
}
