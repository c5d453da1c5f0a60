package com.stockroom.common.persistence;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Tags;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedThreadFactory;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * Polls the primary's WAL insert position and the replica's replay position a few times a second
 * and keeps {@link ReplicaState}: whether the replica answers, how many bytes it trails, and up to
 * which commit time it is known to be complete ({@link ReplicaProgress}). One per application; it
 * starts with the application (or on first use).
 *
 * <p>The byte limit is {@code stockroom.replica.max-lag-bytes}, the same setting the readiness
 * check reports against, so "lagging" means the same thing in both places.
 */
@ApplicationScoped
public class ReplicaMonitor {

  private static final Logger LOG = Logger.getLogger(ReplicaMonitor.class);

  @Resource(lookup = "java:jboss/datasources/StockroomPrimary")
  DataSource primary;

  @Resource(lookup = "java:jboss/datasources/StockroomReplica")
  DataSource replica;

  /**
   * Threads from the container's factory carry the application's context; a plain executor on them
   * (rather than the managed scheduler) is not refused, and logged, while the server suspends
   * before shutdown.
   */
  @Resource(lookup = "java:jboss/ee/concurrency/factory/default")
  ManagedThreadFactory threads;

  private ScheduledExecutorService scheduler;

  @Inject
  @ConfigProperty(name = "stockroom.replica.max-lag-bytes", defaultValue = "16777216")
  long maxLagBytes;

  @Inject
  @ConfigProperty(name = "stockroom.replica.max-lag-millis", defaultValue = "5000")
  long maxLagMillis;

  @Inject
  @ConfigProperty(name = "stockroom.replica.poll-millis", defaultValue = "100")
  long pollMillis;

  private ReplicaProgress progress;
  private volatile ReplicaState state = ReplicaState.unknown();
  private ScheduledFuture<?> poller;
  private String lastProblem;

  /** Polling starts with the application, so the first reads can already use the replica. */
  void startWithTheApplication(@Observes @Initialized(ApplicationScoped.class) Object event) {
    start();
  }

  @Inject MeterRegistry meters;

  /** Starts polling unless it already runs. */
  public synchronized void start() {
    if (poller == null) {
      registerMetrics();
      // Samples older than the staleness limit could only ever answer "too stale".
      progress = new ReplicaProgress(TimeUnit.MILLISECONDS.toMicros(maxLagMillis) * 2);
      scheduler = Executors.newSingleThreadScheduledExecutor(threads);
      poller = scheduler.scheduleWithFixedDelay(this::poll, 0, pollMillis, TimeUnit.MILLISECONDS);
      LOG.infof(
          "replica monitor polling every %d ms (limits: %d bytes, %d ms)",
          pollMillis, maxLagBytes, maxLagMillis);
    }
  }

  /**
   * Gauges through the registry's own methods: the server's per-application registry exports only
   * what is registered through them, not through meter builders.
   */
  private void registerMetrics() {
    meters.gauge("stockroom.replica.up", Tags.empty(), this, m -> m.state.reachable() ? 1 : 0);
    meters.gauge("stockroom.replica.lag.bytes", Tags.empty(), this, m -> m.state.lagBytes());
    // NaN while it is not known how current the replica is.
    meters.gauge(
        "stockroom.replica.staleness.seconds",
        Tags.empty(),
        this,
        ReplicaMonitor::stalenessSeconds);
  }

  private double stalenessSeconds() {
    long micros = state.stalenessMicros(EpochMicros.now());
    return micros == Long.MAX_VALUE ? Double.NaN : micros / 1e6;
  }

  @PreDestroy
  synchronized void stop() {
    if (poller != null) {
      poller.cancel(false);
      scheduler.shutdownNow();
      poller = null;
    }
  }

  public ReplicaState state() {
    if (poller == null) {
      start();
    }
    return state;
  }

  /**
   * Whether reads may go to the replica at all: it answers, and trails by no more than the
   * configured bytes and time.
   */
  public boolean usable(ReplicaState current, long nowMicros) {
    return current.reachable()
        && current.lagBytes() <= maxLagBytes
        && current.stalenessMicros(nowMicros) <= TimeUnit.MILLISECONDS.toMicros(maxLagMillis);
  }

  /** A read on the replica failed: stop using it until the next poll says otherwise. */
  public void reportFailure(Throwable failure) {
    state = ReplicaState.down(EpochMicros.now(), "read failed: " + failure);
  }

  private void poll() {
    try {
      ReplicaState next = sample();
      state = next;
      if (next.problem() != null && !next.problem().equals(lastProblem)) {
        LOG.warnf("read replica unusable, reads go to the primary: %s", next.problem());
      } else if (next.problem() == null && lastProblem != null) {
        LOG.infof("read replica is back (lag %d bytes)", next.lagBytes());
      }
      lastProblem = next.problem();
    } catch (RuntimeException e) {
      // A poller that throws is never rescheduled; keep going and route to the primary.
      state = ReplicaState.down(EpochMicros.now(), e.toString());
      LOG.debug("replica poll failed", e);
    }
  }

  private synchronized ReplicaState sample() {
    long sampledAt = EpochMicros.now();
    long inserted;
    try (Connection connection = primary.getConnection();
        Statement statement = connection.createStatement()) {
      statement.setQueryTimeout(2);
      try (ResultSet rs = statement.executeQuery("SELECT pg_current_wal_insert_lsn()::text")) {
        rs.next();
        inserted = WalPosition.parse(rs.getString(1));
      }
    } catch (SQLException e) {
      return ReplicaState.down(sampledAt, "primary unreachable: " + e.getMessage());
    }
    progress.record(sampledAt, inserted);
    try (Connection connection = replica.getConnection();
        Statement statement = connection.createStatement()) {
      statement.setQueryTimeout(2);
      try (ResultSet rs =
          statement.executeQuery("SELECT pg_is_in_recovery(), pg_last_wal_replay_lsn()::text")) {
        rs.next();
        if (!rs.getBoolean(1) || rs.getString(2) == null) {
          return ReplicaState.down(sampledAt, "not a streaming standby");
        }
        long replayed = WalPosition.parse(rs.getString(2));
        long lag = WalPosition.covers(replayed, inserted) ? 0 : inserted - replayed;
        ReplicaState next =
            new ReplicaState(true, progress.visibleUpTo(replayed), lag, sampledAt, null);
        if (!usable(next, EpochMicros.now())) {
          return new ReplicaState(
              true,
              next.visibleUpToMicros(),
              lag,
              sampledAt,
              "lagging: " + lag + " bytes, " + next.stalenessMicros(sampledAt) / 1000 + " ms");
        }
        return next;
      }
    } catch (SQLException e) {
      return ReplicaState.down(sampledAt, "replica unreachable: " + e.getMessage());
    }
  }
}
