package com.stockroom.orders.application;

import com.stockroom.common.problem.ProblemException;
import com.stockroom.common.rest.ProblemResponses;
import com.stockroom.common.security.Caller;
import com.stockroom.orders.domain.IdempotencyKey;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;

/**
 * Placing an order as a client sees it: the order's transaction ({@link OrderService#place}) and,
 * when the shop refuses the order (short stock, unknown SKU, empty cart), the refusal stored under
 * the idempotency key in a transaction of its own, since the refused one rolled back. A retry with
 * the key then gets the same refusal, as it would get the same order.
 *
 * <p>A CDI bean: it only routes between transactions, which the session beans it calls own.
 */
@ApplicationScoped
@Transactional(TxType.NOT_SUPPORTED)
public class OrderPlacement {

  @Inject OrderService orders;

  @Inject IdempotencyKeys keys;

  @Inject OrdersMetrics metrics;

  public StoredResponse place(Caller caller, IdempotencyKey key, PlaceOrder command) {
    try {
      StoredResponse response = orders.place(caller, key, command);
      if (!response.replayed()) {
        metrics.placed();
      }
      return response;
    } catch (ProblemException problem) {
      metrics.refused(problem.type());
      if (!IdempotencyKeys.isFinal(problem)) {
        throw problem;
      }
      StoredResponse refusal =
          new StoredResponse(
              problem.type().status(),
              (String) ProblemResponses.of(problem).getEntity(),
              null,
              StoredResponse.PROBLEM_JSON,
              false);
      return keys.storeRefusal(caller.userId(), key, OrderService.fingerprint(command), refusal);
    }
  }
}
