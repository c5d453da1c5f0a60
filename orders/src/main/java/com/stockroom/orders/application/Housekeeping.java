package com.stockroom.orders.application;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.concurrent.TimeUnit;
import org.jboss.logging.Logger;

/**
 * Forgets what no client can need any more, every few minutes on every node: idempotency keys past
 * their retention (at least 24 hours) and feed events older than the feed's retention. Deletes run
 * in small batches, each its own transaction, so they never hold many locks.
 */
@Singleton
@Startup
@DependsOn("OrdersSchemaMigration")
@PermitAll
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class Housekeeping {

  private static final Logger LOG = Logger.getLogger(Housekeeping.class);
  private static final int BATCH = 1000;

  @Resource TimerService timers;

  @Inject HousekeepingBatches batches;

  @Inject OrdersSettings settings;

  @PostConstruct
  void schedule() {
    long interval = TimeUnit.MINUTES.toMillis(10);
    timers.createIntervalTimer(
        TimeUnit.MINUTES.toMillis(1), interval, new TimerConfig("orders-housekeeping", false));
  }

  @Timeout
  void run() {
    try {
      Instant now = Instant.now();
      int keys = 0;
      int deleted;
      do {
        deleted = batches.purgeKeys(now.minus(settings.idempotencyRetention()), BATCH);
        keys += deleted;
      } while (deleted == BATCH);
      int events = 0;
      do {
        deleted = batches.purgeFeed(now.minus(settings.feedRetention()), BATCH);
        events += deleted;
      } while (deleted == BATCH);
      if (keys + events > 0) {
        LOG.infof("forgot %d idempotency keys and %d feed events", keys, events);
      }
    } catch (RuntimeException e) {
      LOG.warnf("orders housekeeping failed (the next run retries): %s", e.toString());
    }
  }
}
