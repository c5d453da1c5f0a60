package com.stockroom.catalog.application;

import com.stockroom.catalog.domain.HoldStatus;
import com.stockroom.catalog.domain.MovementReason;
import com.stockroom.catalog.domain.Times;
import com.stockroom.catalog.persistence.LockedSku;
import com.stockroom.catalog.persistence.StockHold;
import com.stockroom.catalog.persistence.StockRepository;
import com.stockroom.common.persistence.LockTimeouts;
import jakarta.annotation.Resource;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Background stock work in short transactions of its own: releasing expired holds and taking
 * snapshots. Both are safe with several nodes: expired holds are claimed with {@code SKIP LOCKED}
 * (each is released exactly once), periodic runs are claimed under an advisory lock, and a snapshot
 * of a SKU is taken under its row lock, so it always matches its ledger.
 */
@Stateless
public class StockMaintenance {

  static final String EXPIRY_ACTOR = "system:hold-expiry";
  static final int SNAPSHOT_BATCH = 500;

  @PersistenceContext(unitName = "catalog")
  EntityManager em;

  @Resource SessionContext context;

  @Inject StockRepository stock;

  @Inject StockLedger ledger;

  @Inject
  @ConfigProperty(name = "stockroom.catalog.snapshot-lock-timeout-millis", defaultValue = "5000")
  long snapshotLockTimeoutMillis;

  /** One batch of a snapshot run: the last SKU id it covered and the snapshots it wrote. */
  public record Batch(long lastSkuId, int written) {}

  /**
   * Releases up to {@code limit} expired holds that no other node is releasing.
   *
   * @return how many were released
   */
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public int releaseExpiredHolds(int limit) {
    Instant now = Times.now();
    // Holds first, then SKUs in ascending order: the order every hold-and-stock change follows.
    List<StockHold> due =
        stock.lockDueHolds(now, limit).stream().map(id -> em.find(StockHold.class, id)).toList();
    if (due.isEmpty()) {
      return 0;
    }
    Map<Long, LockedSku> skus = ledger.lock(due.stream().map(StockHold::skuId).toList());
    for (StockHold hold : due) {
      hold.close(HoldStatus.EXPIRED, now);
      ledger.move(
          skus.get(hold.skuId()),
          0,
          -hold.quantity(),
          MovementReason.RELEASE,
          hold.owner(),
          "hold " + hold.id() + " expired",
          EXPIRY_ACTOR);
    }
    return due.size();
  }

  /**
   * Snapshots every SKU that moved since its last snapshot, batch by batch.
   *
   * @param everySeconds for periodic runs: skip when any node started a run more recently than
   *     this; {@code null} to run now regardless (staff on demand)
   * @return the run, or empty when skipped
   */
  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  public Optional<SnapshotRun> snapshotAll(String actor, Long everySeconds) {
    StockMaintenance self = context.getBusinessObject(StockMaintenance.class);
    Instant startedAt = Times.now();
    Optional<Long> run = self.startRun(actor, startedAt, everySeconds);
    if (run.isEmpty()) {
      return Optional.empty();
    }
    int written = 0;
    Batch batch = self.snapshotBatch(0);
    while (batch != null) {
      written += batch.written();
      batch = self.snapshotBatch(batch.lastSkuId());
    }
    return Optional.of(self.finishRun(run.get(), written, actor, startedAt));
  }

  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public Optional<Long> startRun(String actor, Instant now, Long everySeconds) {
    if (everySeconds != null) {
      // Nodes take turns here; the second sees the first's run and skips.
      em.createNativeQuery("SELECT pg_advisory_xact_lock(hashtext('catalog.snapshot-run'))")
          .getSingleResult();
      Object recent =
          em.createNativeQuery(
                  "SELECT count(*) FROM catalog.snapshot_run"
                      + " WHERE started_at > :now - make_interval(secs => :seconds)")
              .setParameter("now", now)
              .setParameter("seconds", everySeconds * 0.9)
              .getSingleResult();
      if (((Number) recent).longValue() > 0) {
        return Optional.empty();
      }
    }
    return Optional.of(
        ((Number)
                em.createNativeQuery(
                        "INSERT INTO catalog.snapshot_run (started_at, actor)"
                            + " VALUES (:now, :actor) RETURNING id")
                    .setParameter("now", now)
                    .setParameter("actor", actor)
                    .getSingleResult())
            .longValue());
  }

  /** Snapshots the SKUs after {@code afterId}; {@code null} when there are none. */
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public Batch snapshotBatch(long afterId) {
    List<Long> locked =
        LockTimeouts.within(
            em,
            Duration.ofMillis(snapshotLockTimeoutMillis),
            StockRepository.BUSY,
            () -> stock.lockForSnapshot(afterId, SNAPSHOT_BATCH));
    if (locked.isEmpty()) {
      return null;
    }
    return new Batch(locked.get(locked.size() - 1), stock.snapshot(locked, Times.now()));
  }

  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public SnapshotRun finishRun(long runId, int skus, String actor, Instant startedAt) {
    Instant finishedAt = Times.now();
    em.createNativeQuery(
            "UPDATE catalog.snapshot_run SET finished_at = :now, skus = :skus WHERE id = :id")
        .setParameter("now", finishedAt)
        .setParameter("skus", skus)
        .setParameter("id", runId)
        .executeUpdate();
    return new SnapshotRun(Long.toString(runId), startedAt, finishedAt, skus, actor);
  }
}
