package com.stockroom.orders.api;

import com.stockroom.common.money.Money;
import java.util.List;
import java.util.Map;

/**
 * The shop's orders at a glance.
 *
 * @param placedToday orders placed since midnight UTC
 * @param placedLast7Days orders placed in the last 7 × 24 hours
 * @param revenueToday totals of today's orders that were not cancelled, one per currency
 * @param revenueLast7Days the same for the last 7 days
 * @param byStatus every order by its current status name, in workflow order
 */
public record OrderStatistics(
    long placedToday,
    long placedLast7Days,
    List<Money> revenueToday,
    List<Money> revenueLast7Days,
    Map<String, Long> byStatus) {

  public OrderStatistics {
    revenueToday = List.copyOf(revenueToday);
    revenueLast7Days = List.copyOf(revenueLast7Days);
  }
}
