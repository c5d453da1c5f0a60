package com.stockroom.orders.application;

import com.stockroom.orders.persistence.FeedRepository;
import com.stockroom.orders.persistence.IdempotencyRepository;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Instant;

/** The deletes of {@link Housekeeping}, one transaction per batch. */
@Stateless
@PermitAll
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class HousekeepingBatches {

  @Inject IdempotencyRepository keys;

  @Inject FeedRepository feed;

  public int purgeKeys(Instant cutoff, int limit) {
    return keys.purgeCreatedBefore(cutoff, limit);
  }

  public int purgeFeed(Instant cutoff, int limit) {
    return feed.purgeCreatedBefore(cutoff, limit);
  }
}
