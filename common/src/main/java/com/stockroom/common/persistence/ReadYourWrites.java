package com.stockroom.common.persistence;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Status;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.util.concurrent.ConcurrentMap;
import org.infinispan.Cache;

/**
 * When each user last committed a write, so that their next reads wait for the replica to show it
 * (or go to the primary). Kept in the replicated cache {@code read-your-writes}: every node of a
 * cluster routes the user's next request the same way. Entries expire (see the cache's
 * configuration) long after any replica could still be behind.
 */
@ApplicationScoped
public class ReadYourWrites {

  @Resource(lookup = "java:jboss/infinispan/cache/stockroom/read-your-writes")
  Cache<String, Long> injectedLastCommits;

  /** Values are microseconds since the epoch; keys are user ids as text. */
  private ConcurrentMap<String, Long> lastCommits;

  @Resource(lookup = "java:jboss/TransactionSynchronizationRegistry")
  TransactionSynchronizationRegistry registry;

  @PostConstruct
  void resolveCache() {
    lastCommits = Caches.resolve(injectedLastCommits);
  }

  /**
   * Records, once the current transaction commits, that {@code user} wrote. Call it from every
   * write a user could read back; a rollback records nothing.
   *
   * @throws IllegalStateException outside a transaction
   */
  public void rememberCommitOf(String user) {
    if (user == null) {
      return;
    }
    if (registry.getTransactionStatus() != Status.STATUS_ACTIVE) {
      throw new IllegalStateException("read-your-writes needs the writing transaction");
    }
    // Taken after the commit returned: never earlier than the commit itself.
    AfterCommit.once(
        registry,
        ReadYourWrites.class.getName() + ':' + user,
        () -> advance(lastCommits, user, EpochMicros.now()));
  }

  /**
   * Raises {@code user}'s last commit to {@code micros}, never lowers it. Two commits of one user
   * can record their times in either order; a plain put of the earlier time after the later one
   * would send the user's next read to a replica that has not replayed the later commit.
   */
  static void advance(ConcurrentMap<String, Long> lastCommits, String user, long micros) {
    CompareAndSet.update(lastCommits, user, recorded -> Math.max(recorded, micros));
  }

  /** The user's last recorded commit, or 0 when none is remembered. */
  public long lastCommitMicros(String user) {
    if (user == null) {
      return 0;
    }
    Long last = lastCommits.get(user);
    return last == null ? 0 : last;
  }
}
