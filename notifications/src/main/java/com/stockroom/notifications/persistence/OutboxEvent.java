package com.stockroom.notifications.persistence;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/**
 * A published event, written in the publisher's transaction. It is turned into deliveries once
 * ({@link #markFannedOut}), after which it only documents what happened.
 */
@Entity
@Table(name = "outbox_event")
public class OutboxEvent {

  @Id private UUID id;

  @Column(nullable = false, length = 64)
  private String type;

  @Column(nullable = false, length = 200)
  private String subject;

  /** The JSON text exactly as the publisher built it: webhooks send these bytes. */
  @Column(nullable = false)
  private String payload;

  /** A JSON array of addresses. */
  @Column(name = "recipient_emails", nullable = false)
  private String recipientEmails;

  @Column(nullable = false)
  private boolean staff;

  /** Set for events addressed to one webhook subscription only (test events). */
  @Column(name = "subscription_id")
  private Long subscriptionId;

  @Column(name = "occurred_at", nullable = false)
  private Instant occurredAt;

  @Column(name = "fanned_out_at")
  private Instant fannedOutAt;

  protected OutboxEvent() {}

  public OutboxEvent(
      UUID id,
      String type,
      String subject,
      String payload,
      String recipientEmails,
      boolean staff,
      Long subscriptionId,
      Instant occurredAt) {
    this.id = id;
    this.type = type;
    this.subject = subject;
    this.payload = payload;
    this.recipientEmails = recipientEmails;
    this.staff = staff;
    this.subscriptionId = subscriptionId;
    this.occurredAt = occurredAt;
  }

  public void markFannedOut(Instant at) {
    fannedOutAt = at;
  }

  public UUID id() {
    return id;
  }

  public String type() {
    return type;
  }

  public String subject() {
    return subject;
  }

  public String payload() {
    return payload;
  }

  public String recipientEmails() {
    return recipientEmails;
  }

  public boolean staff() {
    return staff;
  }

  public Long subscriptionId() {
    return subscriptionId;
  }

  public Instant occurredAt() {
    return occurredAt;
  }

  public Instant fannedOutAt() {
    return fannedOutAt;
  }
}
