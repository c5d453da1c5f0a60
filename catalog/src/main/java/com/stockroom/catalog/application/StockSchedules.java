package com.stockroom.catalog.application;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.Timer;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.util.concurrent.TimeUnit;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * The catalog's clocks, on every node: releases expired holds every few seconds and takes stock
 * snapshots periodically. {@link StockMaintenance} makes both safe to run on several nodes at once.
 * Timers are not persistent: a node that restarts simply starts ticking again.
 */
@Singleton
@Startup
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class StockSchedules {

  private static final Logger LOG = Logger.getLogger(StockSchedules.class);
  private static final String HOLDS = "hold-expiry";
  private static final String SNAPSHOTS = "snapshots";
  private static final int HOLD_BATCH = 200;

  @Resource TimerService timers;

  @Inject StockMaintenance maintenance;

  @Inject
  @ConfigProperty(name = "stockroom.catalog.hold-expiry-interval-seconds", defaultValue = "5")
  long holdExpiryIntervalSeconds;

  @Inject
  @ConfigProperty(name = "stockroom.catalog.snapshot-interval-seconds", defaultValue = "3600")
  long snapshotIntervalSeconds;

  @PostConstruct
  void schedule() {
    timers.createIntervalTimer(
        TimeUnit.SECONDS.toMillis(holdExpiryIntervalSeconds),
        TimeUnit.SECONDS.toMillis(holdExpiryIntervalSeconds),
        new TimerConfig(HOLDS, false));
    timers.createIntervalTimer(
        TimeUnit.SECONDS.toMillis(snapshotIntervalSeconds),
        TimeUnit.SECONDS.toMillis(snapshotIntervalSeconds),
        new TimerConfig(SNAPSHOTS, false));
  }

  @Timeout
  void tick(Timer timer) {
    try {
      if (HOLDS.equals(timer.getInfo())) {
        int released;
        do {
          released = maintenance.releaseExpiredHolds(HOLD_BATCH);
          if (released > 0) {
            LOG.debugf("released %d expired holds", released);
          }
        } while (released == HOLD_BATCH);
      } else if (SNAPSHOTS.equals(timer.getInfo())) {
        maintenance
            .snapshotAll("system:snapshots", snapshotIntervalSeconds)
            .ifPresent(run -> LOG.infof("stock snapshot run %s: %d SKUs", run.id(), run.skus()));
      }
    } catch (RuntimeException e) {
      // The next tick retries; a failed batch rolled back on its own.
      LOG.warnf(e, "catalog %s run failed", timer.getInfo());
    }
  }
}
