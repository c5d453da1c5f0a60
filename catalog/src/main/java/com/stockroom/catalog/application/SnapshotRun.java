package com.stockroom.catalog.application;

import java.time.Instant;

/** A pass that snapshotted every SKU that moved since its last snapshot. */
public record SnapshotRun(
    String id, Instant startedAt, Instant finishedAt, int skus, String actor) {}
