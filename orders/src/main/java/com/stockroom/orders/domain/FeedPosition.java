package com.stockroom.orders.domain;

import java.util.Optional;

/**
 * Where an event sits in the live order feed: the writing transaction's id, then the event's own
 * id. Events are read only once every transaction that could still commit below them has ended, so
 * this order never changes after an event was seen, and resuming after a position misses nothing.
 * Rendered as the SSE event id {@code <tx>-<id>}.
 */
public record FeedPosition(long transaction, long event) implements Comparable<FeedPosition> {

  /** Before every event. */
  public static final FeedPosition START = new FeedPosition(0, 0);

  public FeedPosition {
    if (transaction < 0 || event < 0) {
      throw new IllegalArgumentException("feed position " + transaction + "-" + event);
    }
  }

  /** Reads a {@code Last-Event-ID}; anything this server did not issue is empty. */
  public static Optional<FeedPosition> parse(String text) {
    if (text == null || text.length() > 41 || !text.matches("[0-9]{1,20}-[0-9]{1,20}")) {
      return Optional.empty();
    }
    int dash = text.indexOf('-');
    try {
      return Optional.of(
          new FeedPosition(
              Long.parseLong(text.substring(0, dash)), Long.parseLong(text.substring(dash + 1))));
    } catch (NumberFormatException e) {
      return Optional.empty();
    }
  }

  @Override
  public String toString() {
    return transaction + "-" + event;
  }

  @Override
  public int compareTo(FeedPosition other) {
    int byTransaction = Long.compare(transaction, other.transaction);
    return byTransaction != 0 ? byTransaction : Long.compare(event, other.event);
  }

  public boolean isAfter(FeedPosition other) {
    return compareTo(other) > 0;
  }
}
