package com.stockroom.orders.api;

import com.stockroom.common.money.Money;
import java.time.Instant;

/** An order in a list. */
public record OrderSummary(
    String id,
    String customerId,
    String customerEmail,
    String status,
    int lineCount,
    Money total,
    Instant placedAt,
    Instant updatedAt) {}
