package com.stockroom.notifications.application;

import com.stockroom.notifications.persistence.OutboxRepository;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Tags;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.inject.Inject;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.jboss.logging.Logger;

/**
 * The outbox backlog and the dead deliveries as gauges at the management port's {@code /metrics}.
 * They are counted on the primary every few seconds rather than on each scrape, so scrapes never
 * wait on the database.
 */
@Singleton
@Startup
@DependsOn("NotificationsSchemaMigration")
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class NotificationsMetrics {

  private static final Logger LOG = Logger.getLogger(NotificationsMetrics.class);
  private static final long REFRESH_SECONDS = 5;

  @Resource ManagedScheduledExecutorService scheduler;

  @Inject MeterRegistry meters;

  @Inject OutboxRepository outbox;

  private final AtomicLong backlog = new AtomicLong(-1);
  private final AtomicLong dead = new AtomicLong(-1);
  private ScheduledFuture<?> refresher;

  @PostConstruct
  void start() {
    // -1 while the count is unknown (not yet made, or the primary did not answer).
    meters.gauge("stockroom.outbox.backlog", Tags.empty(), backlog, AtomicLong::get);
    meters.gauge("stockroom.deliveries.dead", Tags.empty(), dead, AtomicLong::get);
    refresher =
        scheduler.scheduleWithFixedDelay(this::refresh, 0, REFRESH_SECONDS, TimeUnit.SECONDS);
  }

  @PreDestroy
  void stop() {
    refresher.cancel(false);
  }

  private void refresh() {
    try {
      long[] counts = outbox.backlogAndDead();
      backlog.set(counts[0]);
      dead.set(counts[1]);
    } catch (RuntimeException e) {
      LOG.debugf(e, "cannot count the outbox backlog");
      backlog.set(-1);
      dead.set(-1);
    }
  }
}
