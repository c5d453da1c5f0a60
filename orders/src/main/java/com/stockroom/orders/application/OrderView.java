package com.stockroom.orders.application;

import com.stockroom.common.money.Money;
import com.stockroom.orders.domain.OrderStatus;
import java.time.Instant;
import java.util.List;

/**
 * An order as its customer and staff see it.
 *
 * @param version changes with every change of the order; the ETag of its reads
 */
public record OrderView(
    String id,
    String customerId,
    OrderStatus status,
    List<OrderLineView> lines,
    Money total,
    Instant placedAt,
    Instant updatedAt,
    List<HistoryEntryView> history,
    List<ReturnView> returns,
    long version) {}
