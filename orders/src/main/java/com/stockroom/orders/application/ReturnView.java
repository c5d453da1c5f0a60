package com.stockroom.orders.application;

import java.time.Instant;
import java.util.List;

/** Goods that came back from a delivered order. */
public record ReturnView(
    String id,
    List<ReturnLineView> lines,
    boolean restock,
    String note,
    Instant recordedAt,
    String recordedBy) {}
