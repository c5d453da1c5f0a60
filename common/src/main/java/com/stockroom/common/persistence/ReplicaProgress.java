package com.stockroom.common.persistence;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Iterator;

/**
 * How far the replica has come, in wall-clock time. The monitor records, at each poll, the time
 * just before it read the primary's WAL insert position; any transaction committed before that time
 * lies at or below that position. Once the replica has replayed a position, everything committed
 * before the matching sample time is visible there: that time is {@link #visibleUpTo}.
 *
 * <p>Not thread-safe: the monitor's single poller owns it.
 */
final class ReplicaProgress {

  private record Sample(long atMicros, long insertPosition) {}

  private final Deque<Sample> samples = new ArrayDeque<>();
  private final long horizonMicros;

  /**
   * @param horizonMicros how long samples are kept; a replica further behind than this is reported
   *     as visible up to "never" (0), which routes every read to the primary
   */
  ReplicaProgress(long horizonMicros) {
    this.horizonMicros = horizonMicros;
  }

  void record(long atMicros, long insertPosition) {
    samples.addLast(new Sample(atMicros, insertPosition));
    while (!samples.isEmpty() && samples.peekFirst().atMicros() < atMicros - horizonMicros) {
      samples.removeFirst();
    }
  }

  /**
   * The latest sample time whose primary position the replica has replayed, or 0 when none is (the
   * replica is further behind than the kept samples, or nothing was sampled yet).
   */
  long visibleUpTo(long replayed) {
    for (Iterator<Sample> newestFirst = samples.descendingIterator(); newestFirst.hasNext(); ) {
      Sample sample = newestFirst.next();
      if (WalPosition.covers(replayed, sample.insertPosition())) {
        return sample.atMicros();
      }
    }
    return 0;
  }
}
