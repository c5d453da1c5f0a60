package com.stockroom.notifications.application;

import com.stockroom.notifications.api.DeliveryChannel;
import com.stockroom.notifications.persistence.Delivery;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.jboss.logging.Logger;

/**
 * This node's dispatcher. It runs when a commit made work (woken at once, after the commit) and
 * every poll interval (for retries that fall due, and work other nodes committed): it fans
 * published events out into deliveries, claims due deliveries for as many senders as are free, and
 * sends each on a managed thread, outside any transaction. Each step is a short transaction of
 * {@link DeliveryQueue}; nodes never take the same row, so any number of them may run this.
 */
@Singleton
@Startup
@DependsOn("NotificationsSchemaMigration")
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class Dispatcher {

  private static final Logger LOG = Logger.getLogger(Dispatcher.class);

  /** Events fanned out per transaction. */
  private static final int FAN_OUT_BATCH = 100;

  /** Attempts recorded per transaction, at most. */
  private static final int RECORD_BATCH = 100;

  /** How long a stopping node waits for the sends under way before it lets their leases run. */
  private static final Duration STOP_GRACE = Duration.ofSeconds(10);

  @Resource ManagedExecutorService executor;

  @Resource ManagedScheduledExecutorService scheduler;

  @Inject DeliveryQueue queue;

  @Inject EmailChannel email;

  @Inject WebhookChannel webhooks;

  @Inject NotificationsSettings settings;

  @Inject DispatchAfterCommit afterCommit;

  private final Clock clock = Clock.systemUTC();
  private final AtomicBoolean requested = new AtomicBoolean();
  private final AtomicBoolean running = new AtomicBoolean();
  private final AtomicBoolean backlog = new AtomicBoolean();
  private final AtomicBoolean recording = new AtomicBoolean();
  private final Queue<FinishedAttempt> finished = new ConcurrentLinkedQueue<>();
  private final String node = nodeName();
  private volatile boolean stopping;
  private Semaphore senders;
  private ScheduledFuture<?> poller;

  @PostConstruct
  void start() {
    settings.check();
    senders = new Semaphore(settings.senders());
    long poll = settings.pollInterval().toMillis();
    poller = scheduler.scheduleWithFixedDelay(this::wake, poll, poll, TimeUnit.MILLISECONDS);
    afterCommit.connect(this::wake);
    LOG.infof(
        "dispatcher on node %s: %d senders, polling every %d ms, e-mail %s",
        node,
        settings.senders(),
        poll,
        settings.smtpConfigured() ? "over SMTP" : "to the log (no SMTP host configured)");
  }

  @PreDestroy
  void stop() {
    stopping = true;
    poller.cancel(false);
    try {
      if (!senders.tryAcquire(settings.senders(), STOP_GRACE.toMillis(), TimeUnit.MILLISECONDS)) {
        LOG.warn("stopping with sends under way; their leases run out and another node retries");
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  /** Runs a dispatch pass soon; passes never overlap, and a wake during one runs another. */
  void wake() {
    if (stopping) {
      return;
    }
    requested.set(true);
    if (running.compareAndSet(false, true)) {
      try {
        executor.execute(this::runPasses);
      } catch (RejectedExecutionException e) {
        running.set(false);
        LOG.debugf("dispatch pass not started: %s", e.getMessage());
      }
    }
  }

  private void runPasses() {
    try {
      while (!stopping && requested.getAndSet(false)) {
        pass();
      }
    } catch (RuntimeException e) {
      // The database may be briefly unreachable; the next poll tries again.
      LOG.warnf("dispatch pass failed: %s", e.toString());
      LOG.debug("dispatch pass failure", e);
    } finally {
      running.set(false);
    }
    if (requested.get()) {
      wake();
    }
  }

  private void pass() {
    boolean more = true;
    while (more && !stopping) {
      int fannedOut = queue.fanOut(FAN_OUT_BATCH);
      int free = senders.drainPermits();
      List<ClaimedDelivery> claimed = List.of();
      try {
        if (free > 0) {
          claimed = queue.claim(free);
        }
      } finally {
        // A claim that failed (database away) must not cost this node its senders.
        senders.release(free - claimed.size());
      }
      for (ClaimedDelivery delivery : claimed) {
        submit(delivery);
      }
      backlog.set(free > 0 && claimed.size() == free);
      more = fannedOut == FAN_OUT_BATCH || backlog.get();
      if (free == 0) {
        // Every sender is busy; the first to finish wakes us.
        backlog.set(true);
        more = false;
      }
    }
  }

  private void submit(ClaimedDelivery delivery) {
    try {
      executor.execute(() -> deliver(delivery));
    } catch (RejectedExecutionException e) {
      senders.release();
      LOG.debugf("%s not sent now (%s); it is retried when its lease ends", delivery, e);
    }
  }

  /**
   * Sends one delivery and has its attempt recorded. The sender stays taken until the attempt is
   * recorded, so a stopping node waits for that too.
   */
  private void deliver(ClaimedDelivery delivery) {
    try {
      Instant started = clock.instant();
      long startNanos = System.nanoTime();
      SendResult result = send(delivery);
      finished.add(
          new FinishedAttempt(
              delivery,
              result,
              new Delivery.Attempt(
                  result.outcome(),
                  started,
                  Duration.ofNanos(System.nanoTime() - startNanos),
                  node,
                  result.statusCode(),
                  result.error())));
    } catch (RuntimeException e) {
      LOG.warnf("%s: not sent (%s); it is retried when its lease ends", delivery, e);
      senders.release();
      return;
    }
    recordFinished();
  }

  /**
   * Records the attempts that ended, many per transaction: whichever sender finds no other
   * recording takes what has piled up meanwhile, and checks again after, so none is left behind.
   */
  private void recordFinished() {
    while (!finished.isEmpty() && recording.compareAndSet(false, true)) {
      try {
        List<FinishedAttempt> batch = new ArrayList<>();
        for (FinishedAttempt attempt;
            batch.size() < RECORD_BATCH && (attempt = finished.poll()) != null; ) {
          batch.add(attempt);
        }
        record(batch);
      } finally {
        recording.set(false);
      }
    }
    if (backlog.get()) {
      wake();
    }
  }

  private void record(List<FinishedAttempt> batch) {
    try {
      queue.completeAll(batch);
    } catch (RuntimeException batchFailed) {
      // One attempt's failure (a lock not had in time) must not cost the others their record.
      for (FinishedAttempt attempt : batch) {
        try {
          queue.complete(attempt.claimed(), attempt.result(), attempt.attempt());
        } catch (RuntimeException e) {
          LOG.warnf(
              "%s: attempt not recorded (%s); it is retried when its lease ends",
              attempt.claimed(), e);
          LOG.debug("attempt failure", e);
        }
      }
    } finally {
      senders.release(batch.size());
    }
  }

  private SendResult send(ClaimedDelivery delivery) {
    try {
      return delivery.channel() == DeliveryChannel.EMAIL
          ? email.send(delivery)
          : webhooks.send(delivery);
    } catch (RuntimeException e) {
      LOG.warnf(e, "%s: unexpected failure while sending", delivery);
      return SendResult.failed(null, "unexpected failure: " + e);
    }
  }

  private static String nodeName() {
    String name = System.getProperty("jboss.node.name");
    return name == null || name.isBlank() ? "unknown" : name;
  }
}
