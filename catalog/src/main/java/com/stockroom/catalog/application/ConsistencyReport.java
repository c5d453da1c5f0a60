package com.stockroom.catalog.application;

import java.time.Instant;
import java.util.List;

/**
 * The outcome of the ledger check, taken from one consistent view of the database.
 *
 * @param consistent whether every SKU passed
 * @param skus SKUs checked
 * @param movementsSinceSnapshots ledger rows added on top of the latest snapshots
 * @param brokenSkus how many SKUs failed
 * @param mismatches the first of them (at most 100)
 */
public record ConsistencyReport(
    Instant checkedAt,
    boolean consistent,
    long skus,
    long movementsSinceSnapshots,
    long brokenSkus,
    List<Mismatch> mismatches) {

  /**
   * A SKU that failed: its balances, what the latest snapshot plus later movements give, the last
   * ledger row's balance, and the units its active holds account for.
   */
  public record Mismatch(
      String sku,
      int onHand,
      int reserved,
      long expectedOnHand,
      long expectedReserved,
      long lastBalance,
      long held,
      String snapshotMovementId) {}
}
