package com.stockroom.notifications.application;

import com.stockroom.notifications.api.DeliveryChannel;
import com.stockroom.notifications.domain.SendPacing;
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
 * This node's dispatcher. It runs when a commit made work (woken shortly after the commit, so that
 * one pass takes what many commits made) and every poll interval (for retries that fall due, and
 * work other nodes committed): it claims due deliveries for the senders that are free, several
 * each, fans published events out into deliveries (claiming new ones while the senders have room),
 * and sends what it claimed on managed threads, outside any transaction. Each step is a short
 * transaction of {@link DeliveryQueue}; nodes never take the same row, so any number of them may
 * run this.
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

  /**
   * Deliveries claimed per free sender, at most. One at a time cost three transactions an e-mail
   * (fan-out pass, claim, record) when sends are quick, as they are to a mail relay or the log: 0.6
   * ms of server and 1.0 ms of PostgreSQL CPU an e-mail, more than a third of an order's own cost
   * (the order benchmark). A sender works through its share one by one; fewer are claimed when
   * sends are slow (see {@link SendPacing}).
   */
  private static final int CLAIM_PER_SENDER = 8;

  /** How long a commit's wake waits for more commits, so that one pass fans out all of theirs. */
  private static final Duration GATHER = Duration.ofMillis(20);

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
  private final AtomicBoolean gathering = new AtomicBoolean();
  private final Queue<ClaimedDelivery> ready = new ConcurrentLinkedQueue<>();
  private final Queue<FinishedAttempt> finished = new ConcurrentLinkedQueue<>();
  private final String node = nodeName();
  private volatile boolean stopping;
  private volatile long lastSendNanos;
  private SendPacing pacing;
  private Semaphore senders;
  private ScheduledFuture<?> poller;

  @PostConstruct
  void start() {
    settings.check();
    senders = new Semaphore(settings.senders());
    pacing = new SendPacing(settings.lease(), settings.sendTimeout(), CLAIM_PER_SENDER);
    // Until a send has shown the pace, one may take its timeout: claim as for a slow channel.
    lastSendNanos = settings.sendTimeout().toNanos();
    long poll = settings.pollInterval().toMillis();
    poller = scheduler.scheduleWithFixedDelay(this::wake, poll, poll, TimeUnit.MILLISECONDS);
    afterCommit.connect(this::wakeAfterGathering);
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

  /** Runs a dispatch pass after {@link #GATHER}, unless one is already waiting to. */
  private void wakeAfterGathering() {
    if (stopping || !gathering.compareAndSet(false, true)) {
      return;
    }
    try {
      scheduler.schedule(
          () -> {
            gathering.set(false);
            wake();
          },
          GATHER.toMillis(),
          TimeUnit.MILLISECONDS);
    } catch (RejectedExecutionException e) {
      gathering.set(false);
      wake();
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
      int free = senders.drainPermits();
      int wanted = free * pacing.claimPerSender(Duration.ofNanos(lastSendNanos)) - ready.size();
      int fannedOut = 0;
      int claimed = 0;
      int started = 0;
      try {
        DeliveryQueue.DispatchStep step = queue.fanOutAndClaim(FAN_OUT_BATCH, Math.max(wanted, 0));
        fannedOut = step.fannedOut();
        claimed = step.claimed().size();
        ready.addAll(step.claimed());
        while (started < free && started < ready.size() && startSender()) {
          started++;
        }
      } finally {
        // A step that failed (database away) must not cost this node its senders.
        senders.release(free - started);
      }
      // Not looked (enough already claimed) counts as more to do, like a full claim.
      backlog.set(free == 0 || wanted <= 0 || claimed == wanted);
      more = fannedOut == FAN_OUT_BATCH || (wanted > 0 && claimed == wanted);
    }
  }

  /** Starts a sender on the claimed deliveries; it holds one permit, taken by the caller. */
  private boolean startSender() {
    try {
      executor.execute(this::sendReady);
      return true;
    } catch (RejectedExecutionException e) {
      LOG.debugf("sender not started (%s); claimed deliveries wait for the next", e);
      return false;
    }
  }

  /**
   * Sends claimed deliveries until none is left, and has their attempts recorded, many per
   * transaction, before their leases end. The sender's permit is released once its attempts are
   * recorded, so a stopping node waits for that too. Deliveries left when the node stops, or too
   * close to their lease's end to send, are retried after it.
   */
  private void sendReady() {
    try {
      for (ClaimedDelivery next; !stopping && (next = ready.poll()) != null; ) {
        FinishedAttempt oldest = finished.peek();
        if (oldest != null && !hasTimeToSend(oldest.claimed())) {
          // Another send now could keep this attempt unrecorded past its lease.
          recordFinished();
        }
        if (hasTimeToSend(next)) {
          deliver(next);
        } else {
          LOG.debugf("%s: too close to the end of its lease to send; retried after it", next);
        }
        if (ready.isEmpty()) {
          recordFinished();
        }
      }
      recordFinished();
    } finally {
      senders.release();
    }
    if (backlog.get()) {
      wake();
    }
  }

  private boolean hasTimeToSend(ClaimedDelivery delivery) {
    return pacing.hasTimeToSend(clock.instant(), delivery.leaseEnds());
  }

  /** Sends one delivery and queues its attempt to be recorded. */
  private void deliver(ClaimedDelivery delivery) {
    try {
      Instant started = clock.instant();
      long startNanos = System.nanoTime();
      SendResult result = send(delivery);
      long took = System.nanoTime() - startNanos;
      lastSendNanos = took;
      finished.add(
          new FinishedAttempt(
              delivery,
              result,
              new Delivery.Attempt(
                  result.outcome(),
                  started,
                  Duration.ofNanos(took),
                  node,
                  result.statusCode(),
                  result.error())));
    } catch (RuntimeException e) {
      LOG.warnf("%s: not sent (%s); it is retried when its lease ends", delivery, e);
    }
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
