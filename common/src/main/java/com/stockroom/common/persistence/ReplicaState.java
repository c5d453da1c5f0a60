package com.stockroom.common.persistence;

/**
 * What the monitor last saw of the replica.
 *
 * @param reachable whether the last poll reached a standby that is replaying
 * @param visibleUpToMicros every transaction committed before this time is visible on the replica
 *     (0: nothing is known to be)
 * @param lagBytes how far replay trails the primary's WAL insert position
 * @param observedAtMicros when the poll ran
 * @param problem why the replica is unusable, or {@code null}
 */
public record ReplicaState(
    boolean reachable,
    long visibleUpToMicros,
    long lagBytes,
    long observedAtMicros,
    String problem) {

  public static ReplicaState unknown() {
    return new ReplicaState(false, 0, 0, 0, "not polled yet");
  }

  public static ReplicaState down(long observedAtMicros, String problem) {
    return new ReplicaState(false, 0, 0, observedAtMicros, problem);
  }

  /** How long ago the newest commit the replica is known to show happened. */
  public long stalenessMicros(long nowMicros) {
    return visibleUpToMicros == 0 ? Long.MAX_VALUE : Math.max(0, nowMicros - visibleUpToMicros);
  }
}
