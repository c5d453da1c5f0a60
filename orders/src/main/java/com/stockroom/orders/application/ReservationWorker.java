package com.stockroom.orders.application;

import com.stockroom.orders.persistence.JobClaim;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
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
import jakarta.enterprise.concurrent.ManagedThreadFactory;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import org.jboss.logging.Logger;

/**
 * Works the reservation queue on every node: each tick claims due jobs (never more than the node
 * may have in flight) and calls the service for each, asynchronously; the answer is recorded when
 * it comes. Claims that a previous run of this node left behind are given back at start, so a job
 * interrupted by a restart is asked again at once rather than when its lease runs out.
 */
@Singleton
@Startup
@DependsOn("OrdersSchemaMigration")
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class ReservationWorker {

  private static final Logger LOG = Logger.getLogger(ReservationWorker.class);

  @Resource TimerService timers;

  /** Threads that carry the application's context, for the HTTP client's callbacks. */
  @Resource(lookup = "java:jboss/ee/concurrency/factory/default")
  ManagedThreadFactory threads;

  @Inject ReservationJobs jobs;

  @Inject OrdersSettings settings;

  private final AtomicInteger inFlight = new AtomicInteger();
  private ExecutorService callbacks;
  private ReservationClient client;
  private volatile boolean stopping;

  @PostConstruct
  void start() {
    callbacks = Executors.newFixedThreadPool(2, threads);
    client = new ReservationClient(callbacks);
    int released = jobs.releaseClaimsOfThisNode();
    if (released > 0) {
      LOG.infof("took back %d reservation job claims of this node's previous run", released);
    }
    long interval = Math.max(50, settings.reservationPollInterval().toMillis());
    timers.createIntervalTimer(interval, interval, new TimerConfig("reservation-jobs", false));
  }

  @PreDestroy
  void stop() {
    stopping = true;
    callbacks.shutdownNow();
  }

  @Timeout
  void tick() {
    Optional<String> url = settings.reservationUrl();
    int free = settings.reservationMaxInFlight() - inFlight.get();
    if (stopping || url.isEmpty() || free <= 0) {
      return;
    }
    List<JobClaim> claims;
    try {
      claims = jobs.claim(free);
    } catch (RuntimeException e) {
      LOG.warnf("claiming reservation jobs failed (next tick retries): %s", e.toString());
      return;
    }
    for (JobClaim claim : claims) {
      inFlight.incrementAndGet();
      client
          .reserve(url.get(), claim, settings.reservationTimeout())
          .thenAccept(
              answer -> {
                try {
                  if (!stopping) {
                    jobs.record(claim, answer);
                  }
                } catch (RuntimeException e) {
                  // The claim's lease runs out and the job is asked again.
                  LOG.warnf("recording reservation job %d failed: %s", claim.jobId(), e.toString());
                } finally {
                  inFlight.decrementAndGet();
                }
              });
    }
  }
}
