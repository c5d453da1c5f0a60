package com.stockroom.notifications.application;

import com.stockroom.notifications.domain.RetryPolicy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The module's configuration (MicroProfile Config; each is also an environment variable, e.g.
 * {@code STOCKROOM_NOTIFICATIONS_MAX_ATTEMPTS}). SMTP's host, port and TLS are the mail session's
 * ({@code STOCKROOM_SMTP_*} in the server's CLI script); its credentials are read here.
 */
@ApplicationScoped
public class NotificationsSettings {

  /** The shop's staff mailboxes: low-stock digests and anything else addressed to staff. */
  @Inject
  @ConfigProperty(name = "stockroom.notifications.staff-emails")
  Optional<List<String>> staffEmails;

  @Inject
  @ConfigProperty(name = "stockroom.notifications.max-attempts", defaultValue = "8")
  int maxAttempts;

  @Inject
  @ConfigProperty(name = "stockroom.notifications.retry-initial-delay", defaultValue = "PT30S")
  Duration retryInitialDelay;

  @Inject
  @ConfigProperty(name = "stockroom.notifications.retry-max-delay", defaultValue = "PT1H")
  Duration retryMaxDelay;

  /** Dead deliveries in a row after which a webhook subscription pauses. */
  @Inject
  @ConfigProperty(name = "stockroom.notifications.pause-after-dead-deliveries", defaultValue = "5")
  int pauseAfterDeadDeliveries;

  /** Connect and response timeout of a webhook POST, and of each SMTP exchange. */
  @Inject
  @ConfigProperty(name = "stockroom.notifications.send-timeout", defaultValue = "PT10S")
  Duration sendTimeout;

  /**
   * How long a node holds a delivery it is sending. Longer than any send may take; if the node
   * dies, another node retries after it.
   */
  @Inject
  @ConfigProperty(name = "stockroom.notifications.lease", defaultValue = "PT1M")
  Duration lease;

  /** How often each node looks for due work besides being woken by commits. */
  @Inject
  @ConfigProperty(name = "stockroom.notifications.poll-interval", defaultValue = "PT1S")
  Duration pollInterval;

  /** Messages one node sends at the same time. */
  @Inject
  @ConfigProperty(name = "stockroom.notifications.senders", defaultValue = "4")
  int senders;

  /** Set with the mail session's host: without it, e-mails go to the log. */
  @Inject
  @ConfigProperty(name = "stockroom.smtp.host")
  Optional<String> smtpHost;

  @Inject
  @ConfigProperty(name = "stockroom.smtp.user")
  Optional<String> smtpUser;

  @Inject
  @ConfigProperty(name = "stockroom.smtp.password")
  Optional<String> smtpPassword;

  public List<String> staffEmails() {
    return staffEmails.orElse(List.of()).stream()
        .map(String::trim)
        .filter(s -> !s.isEmpty())
        .toList();
  }

  public RetryPolicy retryPolicy() {
    return new RetryPolicy(maxAttempts, retryInitialDelay, retryMaxDelay);
  }

  public int pauseAfterDeadDeliveries() {
    return Math.max(1, pauseAfterDeadDeliveries);
  }

  public Duration sendTimeout() {
    return sendTimeout;
  }

  public Duration lease() {
    return lease;
  }

  public Duration pollInterval() {
    return pollInterval;
  }

  public int senders() {
    return Math.max(1, senders);
  }

  public boolean smtpConfigured() {
    return smtpHost.filter(host -> !host.isBlank()).isPresent();
  }

  public Optional<String> smtpUser() {
    return smtpUser.filter(user -> !user.isBlank());
  }

  public String smtpPassword() {
    return smtpPassword.orElse("");
  }

  /** Refuses settings under which sends would outlive their lease (and be sent twice). */
  public void check() {
    retryPolicy();
    // A send may spend the timeout connecting and again waiting for the answer.
    if (lease.compareTo(sendTimeout.multipliedBy(3)) < 0) {
      throw new IllegalStateException(
          "stockroom.notifications.lease ("
              + lease
              + ") must be at least three times stockroom.notifications.send-timeout ("
              + sendTimeout
              + ")");
    }
    if (pollInterval.isNegative() || pollInterval.isZero()) {
      throw new IllegalStateException("stockroom.notifications.poll-interval must be positive");
    }
  }
}
