package com.stockroom.orders.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The orders module's settings ({@code stockroom.orders.*}, settable as {@code
 * STOCKROOM_ORDERS_*}). Durations are ISO-8601 ({@code PT15M}).
 */
@ApplicationScoped
public class OrdersSettings {

  /** How long a cart item holds its stock. */
  @Inject
  @ConfigProperty(name = "stockroom.orders.hold-duration", defaultValue = "PT15M")
  Duration holdDuration;

  /** Longest wait for an order or cart row another request has locked. */
  @Inject
  @ConfigProperty(name = "stockroom.orders.lock-timeout", defaultValue = "PT2S")
  Duration lockTimeout;

  /**
   * Longest wait for a concurrent request with the same idempotency key to finish; then 503 with
   * Retry-After.
   */
  @Inject
  @ConfigProperty(name = "stockroom.orders.idempotency-wait", defaultValue = "PT10S")
  Duration idempotencyWait;

  /** How long idempotency keys are kept (at least a day). */
  @Inject
  @ConfigProperty(name = "stockroom.orders.idempotency-retention", defaultValue = "PT48H")
  Duration idempotencyRetention;

  /** How long the live feed keeps events for clients that resume. */
  @Inject
  @ConfigProperty(name = "stockroom.orders.feed-retention", defaultValue = "P7D")
  Duration feedRetention;

  /** How often each node looks for new feed events while clients listen. */
  @Inject
  @ConfigProperty(name = "stockroom.orders.feed-poll-interval", defaultValue = "PT0.25S")
  Duration feedPollInterval;

  /** The external reservation service; without it, externally fulfilled SKUs cannot be carted. */
  @Inject
  @ConfigProperty(name = "stockroom.orders.reservation.url")
  Optional<String> reservationUrl;

  /** How long one call to the reservation service may take. */
  @Inject
  @ConfigProperty(name = "stockroom.orders.reservation.timeout", defaultValue = "PT60S")
  Duration reservationTimeout;

  @Inject
  @ConfigProperty(name = "stockroom.orders.reservation.max-attempts", defaultValue = "8")
  int reservationMaxAttempts;

  @Inject
  @ConfigProperty(name = "stockroom.orders.reservation.retry-initial-delay", defaultValue = "PT5S")
  Duration reservationRetryInitialDelay;

  @Inject
  @ConfigProperty(name = "stockroom.orders.reservation.retry-max-delay", defaultValue = "PT5M")
  Duration reservationRetryMaxDelay;

  @Inject
  @ConfigProperty(name = "stockroom.orders.reservation.poll-interval", defaultValue = "PT1S")
  Duration reservationPollInterval;

  /** Calls in flight per node at most; the calls themselves hold no thread while they wait. */
  @Inject
  @ConfigProperty(name = "stockroom.orders.reservation.max-in-flight", defaultValue = "32")
  int reservationMaxInFlight;

  @Inject
  @ConfigProperty(name = "stockroom.node.id", defaultValue = "stockroom")
  String nodeId;

  public Duration holdDuration() {
    return holdDuration;
  }

  public Duration lockTimeout() {
    return lockTimeout;
  }

  public Duration idempotencyWait() {
    return idempotencyWait;
  }

  /** Never less than 24 hours, whatever is configured: clients retry for up to a day. */
  public Duration idempotencyRetention() {
    return idempotencyRetention.compareTo(Duration.ofHours(24)) < 0
        ? Duration.ofHours(24)
        : idempotencyRetention;
  }

  public Duration feedRetention() {
    return feedRetention;
  }

  public Duration feedPollInterval() {
    return feedPollInterval;
  }

  public Optional<String> reservationUrl() {
    return reservationUrl.map(String::trim).filter(url -> !url.isEmpty());
  }

  public Duration reservationTimeout() {
    return reservationTimeout;
  }

  public int reservationMaxAttempts() {
    return Math.max(1, reservationMaxAttempts);
  }

  public Duration reservationRetryInitialDelay() {
    return reservationRetryInitialDelay;
  }

  public Duration reservationRetryMaxDelay() {
    return reservationRetryMaxDelay;
  }

  public Duration reservationPollInterval() {
    return reservationPollInterval;
  }

  /** A claimed call's lease: its timeout plus a margin for recording the answer. */
  public Duration reservationLease() {
    return reservationTimeout.plusSeconds(30);
  }

  public int reservationMaxInFlight() {
    return Math.max(1, reservationMaxInFlight);
  }

  /** This node's id (STOCKROOM_NODE_ID), unique per node: it names the node's job claims. */
  public String nodeId() {
    return nodeId;
  }
}
