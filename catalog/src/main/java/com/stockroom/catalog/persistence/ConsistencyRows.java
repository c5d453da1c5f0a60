package com.stockroom.catalog.persistence;

/**
 * The ledger check's raw outcome, from one statement (one consistent view of the database).
 *
 * @param skus SKUs checked
 * @param movementsSinceSnapshots ledger rows added up on top of the latest snapshots
 * @param brokenCount SKUs that failed any rule
 * @param brokenJson a JSON array describing each of them
 */
public record ConsistencyRows(
    long skus, long movementsSinceSnapshots, long brokenCount, String brokenJson) {}
