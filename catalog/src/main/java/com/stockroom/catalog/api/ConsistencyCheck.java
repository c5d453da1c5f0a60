package com.stockroom.catalog.api;

import java.time.Instant;
import java.util.List;

/**
 * The outcome of the ledger check.
 *
 * @param consistent whether every SKU's stock is what its ledger says
 * @param brokenSkus how many SKUs failed
 * @param firstBroken the codes of the first of them (at most 100)
 */
public record ConsistencyCheck(
    Instant checkedAt,
    boolean consistent,
    long skus,
    long movementsSinceSnapshots,
    long brokenSkus,
    List<String> firstBroken) {

  public ConsistencyCheck {
    firstBroken = List.copyOf(firstBroken);
  }
}
