package com.stockroom.notifications.domain;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * How far a node's senders may work ahead of the lease that keeps a claimed delivery from other
 * nodes: how many deliveries to claim per free sender, and whether a claimed one may still be sent.
 * A send may take twice the send timeout (connect, then the answer), and its attempt must be
 * recorded before the lease ends, or another node could send it again.
 *
 * @param lease how long a claim keeps a delivery (at least three send timeouts, see the settings)
 * @param maxPerSender the most deliveries claimed per free sender
 */
public record SendPacing(Duration lease, Duration sendTimeout, int maxPerSender) {

  /** Below this a send's measured time says nothing about the channel's pace. */
  private static final Duration FASTEST_PACE = Duration.ofMillis(1);

  public SendPacing {
    Objects.requireNonNull(lease, "lease");
    Objects.requireNonNull(sendTimeout, "sendTimeout");
    if (maxPerSender < 1) {
      throw new IllegalArgumentException("maxPerSender must be at least 1: " + maxPerSender);
    }
    if (lease.compareTo(sendAndRecordTime(sendTimeout)) <= 0) {
      throw new IllegalArgumentException(
          "a lease of " + lease + " leaves no time to send with a timeout of " + sendTimeout);
    }
  }

  /**
   * Whether a send started now ends, at its slowest, with half a send timeout left to record it
   * before the lease ends.
   */
  public boolean hasTimeToSend(Instant now, Instant leaseEnds) {
    return now.plus(sendAndRecordTime(sendTimeout)).isBefore(leaseEnds);
  }

  /**
   * As many as sends at the last one's pace get through while a fresh claim still has time to send
   * (at least one), so that a slow channel is not claimed ahead only to wait for its lease to end.
   */
  public int claimPerSender(Duration lastSend) {
    Duration pace = lastSend.compareTo(FASTEST_PACE) < 0 ? FASTEST_PACE : lastSend;
    long window = lease.minus(sendAndRecordTime(sendTimeout)).toNanos();
    return (int) Math.max(1, Math.min(maxPerSender, window / pace.toNanos()));
  }

  private static Duration sendAndRecordTime(Duration sendTimeout) {
    return sendTimeout.multipliedBy(2).plus(sendTimeout.dividedBy(2));
  }
}
