package com.stockroom.notifications.persistence;

import com.stockroom.notifications.api.WebhookStatus;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * A receiver of signed webhook POSTs for some event types. It pauses itself after too many dead
 * deliveries in a row (its deliveries then wait) and delivers again when staff resume it.
 */
@Entity
@Table(name = "webhook_subscription")
public class WebhookSubscription {

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "webhook_subscription_seq")
  @SequenceGenerator(
      name = "webhook_subscription_seq",
      sequenceName = "webhook_subscription_seq",
      allocationSize = 10)
  private Long id;

  @Column(nullable = false, length = 2000)
  private String url;

  @Column(length = 200)
  private String description;

  @Column(nullable = false, length = 100)
  private String secret;

  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(
      name = "webhook_subscription_event_type",
      joinColumns = @JoinColumn(name = "subscription_id"))
  @Column(name = "event_type", nullable = false, length = 64)
  private Set<String> eventTypes = new TreeSet<>();

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 16)
  private WebhookStatus status;

  @Column(name = "dead_streak", nullable = false)
  private int deadStreak;

  @Column(name = "paused_at")
  private Instant pausedAt;

  @Column(name = "pause_reason", length = 200)
  private String pauseReason;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  @Column(name = "created_by", nullable = false, length = 64)
  private String createdBy;

  @Column(name = "updated_at", nullable = false)
  private Instant updatedAt;

  @Column(name = "deleted_at")
  private Instant deletedAt;

  @Version private long version;

  protected WebhookSubscription() {}

  public WebhookSubscription(
      String url,
      Set<String> eventTypes,
      String description,
      String secret,
      String createdBy,
      Instant now) {
    this.url = url;
    this.eventTypes = new TreeSet<>(eventTypes);
    this.description = description;
    this.secret = secret;
    this.status = WebhookStatus.ACTIVE;
    this.createdBy = createdBy;
    this.createdAt = now;
    this.updatedAt = now;
  }

  public void change(String newUrl, Set<String> newEventTypes, String newDescription, Instant now) {
    if (newUrl != null) {
      url = newUrl;
    }
    if (newEventTypes != null) {
      eventTypes.clear();
      eventTypes.addAll(newEventTypes);
    }
    if (newDescription != null) {
      description = newDescription.isBlank() ? null : newDescription;
    }
    updatedAt = now;
  }

  public void pause(String reason, Instant now) {
    if (status != WebhookStatus.PAUSED) {
      status = WebhookStatus.PAUSED;
      pausedAt = now;
      pauseReason = reason;
      updatedAt = now;
    }
  }

  public void resume(Instant now) {
    status = WebhookStatus.ACTIVE;
    pausedAt = null;
    pauseReason = null;
    deadStreak = 0;
    updatedAt = now;
  }

  /** A delivery to it went DEAD; too many in a row pause it. */
  public void recordDeadDelivery(int pauseAfter, Instant now) {
    deadStreak++;
    if (deadStreak >= pauseAfter) {
      pause(deadStreak + " deliveries in a row failed every attempt", now);
    }
  }

  public void recordDelivered() {
    deadStreak = 0;
  }

  public void delete(Instant now) {
    if (deletedAt == null) {
      deletedAt = now;
      updatedAt = now;
    }
  }

  public boolean isDeleted() {
    return deletedAt != null;
  }

  public boolean isActive() {
    return status == WebhookStatus.ACTIVE && deletedAt == null;
  }

  public Long id() {
    return id;
  }

  public String url() {
    return url;
  }

  public String description() {
    return description;
  }

  public String secret() {
    return secret;
  }

  public List<String> eventTypes() {
    return List.copyOf(eventTypes);
  }

  public WebhookStatus status() {
    return status;
  }

  public int deadStreak() {
    return deadStreak;
  }

  public Instant pausedAt() {
    return pausedAt;
  }

  public String pauseReason() {
    return pauseReason;
  }

  public Instant createdAt() {
    return createdAt;
  }

  public String createdBy() {
    return createdBy;
  }

  public Instant updatedAt() {
    return updatedAt;
  }

  public Instant deletedAt() {
    return deletedAt;
  }
}
