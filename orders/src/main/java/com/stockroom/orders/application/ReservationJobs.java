package com.stockroom.orders.application;

import com.stockroom.orders.domain.ReservationAnswer;
import com.stockroom.orders.domain.RetryBackoff;
import com.stockroom.orders.persistence.CartItem;
import com.stockroom.orders.persistence.CartRepository;
import com.stockroom.orders.persistence.JobClaim;
import com.stockroom.orders.persistence.ReservationJob;
import com.stockroom.orders.persistence.ReservationJobRepository;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;
import org.jboss.logging.Logger;

/**
 * The transactions of the reservation queue: claiming due jobs, and recording an attempt's answer
 * on the job, its cart item and in the outbox together. An answer only counts while its claim is
 * the job's current one: a job that was taken over (its lease ran out) or cancelled (the item
 * changed) ignores late answers.
 */
@Stateless
@PermitAll
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class ReservationJobs {

  private static final Logger LOG = Logger.getLogger(ReservationJobs.class);

  @Inject ReservationJobRepository jobs;

  @Inject CartRepository carts;

  @Inject OrderEvents events;

  @Inject OrdersSettings settings;

  public List<JobClaim> claim(int limit) {
    return jobs.claimDue(settings.nodeId(), settings.reservationLease(), limit);
  }

  /** Gives back the claims this node held before it (re)started. */
  public int releaseClaimsOfThisNode() {
    return jobs.releaseClaimsOf(settings.nodeId());
  }

  public void record(JobClaim claim, ReservationAnswer answer) {
    Optional<ReservationJob> locked = jobs.lock(claim.jobId());
    if (locked.isEmpty() || !locked.get().isClaimedWith(claim.token())) {
      LOG.debugf("reservation job %d: answer of a claim no longer current ignored", claim.jobId());
      return;
    }
    ReservationJob job = locked.get();
    Instant now = Times.now();
    Optional<CartItem> item = carts.findItem(job.cartItemId());
    if (item.isEmpty()) {
      job.cancel(now);
      return;
    }
    if (answer instanceof ReservationAnswer.Reserved reserved) {
      job.succeeded(reserved.reservationId(), now);
      item.get().reserved(reserved.reservationId(), now);
      events.reservationConfirmed(job, reserved.reservationId());
    } else if (answer instanceof ReservationAnswer.Refused refused) {
      fail(job, item.get(), refused.reason(), now);
    } else if (answer instanceof ReservationAnswer.Retry retry) {
      if (claim.attempt() >= settings.reservationMaxAttempts()) {
        fail(
            job,
            item.get(),
            "no answer after " + claim.attempt() + " attempts; last: " + retry.reason(),
            now);
      } else {
        RetryBackoff backoff =
            new RetryBackoff(
                settings.reservationRetryInitialDelay(), settings.reservationRetryMaxDelay());
        job.retryAt(
            now.plus(
                backoff.delayAfter(
                    claim.attempt(), ThreadLocalRandom.current().nextDouble(0.5, 1.0))),
            retry.reason(),
            now);
        LOG.infof(
            "reservation job %d attempt %d: %s; retrying",
            job.id(), claim.attempt(), retry.reason());
      }
    }
  }

  private void fail(ReservationJob job, CartItem item, String reason, Instant now) {
    job.failed(reason, now);
    item.failed(reason.length() > 500 ? reason.substring(0, 500) : reason, now);
    events.reservationFailed(job, reason);
  }
}
