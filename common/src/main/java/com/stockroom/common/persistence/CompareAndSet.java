package com.stockroom.common.persistence;

import java.util.concurrent.ConcurrentMap;
import java.util.function.LongUnaryOperator;

/**
 * Updates of a number in a shared map by compare-and-set. A replicated Infinispan cache takes
 * {@code putIfAbsent} and {@code replace(key, old, new)} as they are, where {@code compute} would
 * have to marshal its function to the other nodes.
 */
public final class CompareAndSet {

  private CompareAndSet() {}

  /**
   * Sets {@code key} to {@code next} of its current value (0 when absent), retrying when another
   * writer got in between. Writes nothing when {@code next} returns the present value.
   */
  public static <K> void update(ConcurrentMap<K, Long> map, K key, LongUnaryOperator next) {
    Long current = map.get(key);
    while (true) {
      long wanted = next.applyAsLong(current == null ? 0 : current);
      if (current == null) {
        current = map.putIfAbsent(key, wanted);
        if (current == null) {
          return;
        }
      } else if (current == wanted || map.replace(key, current, wanted)) {
        return;
      } else {
        current = map.get(key);
      }
    }
  }
}
