package com.stockroom.orders.application;

import com.stockroom.orders.domain.OrderStatus;
import java.time.Instant;

/**
 * One change of an order.
 *
 * @param kind {@code PLACED}, {@code STATUS}, {@code CANCELLED} or {@code RETURN}
 * @param from the status before, absent for the placement
 * @param by who made the change ({@code user:42})
 */
public record HistoryEntryView(
    String kind, OrderStatus from, OrderStatus to, Instant at, String by, String note) {}
