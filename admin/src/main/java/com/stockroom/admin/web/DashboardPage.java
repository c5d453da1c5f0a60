package com.stockroom.admin.web;

import com.stockroom.admin.security.ConsoleUser;
import com.stockroom.catalog.api.StockAdministration;
import com.stockroom.catalog.api.TrippedAlert;
import com.stockroom.common.paging.Page;
import com.stockroom.common.paging.PageRequest;
import com.stockroom.notifications.api.DeliveryLog;
import com.stockroom.notifications.api.DeliveryQuery;
import com.stockroom.notifications.api.DeliveryStatus;
import com.stockroom.notifications.api.DeliverySummary;
import com.stockroom.notifications.api.DeliveryView;
import com.stockroom.orders.api.OrderAdministration;
import com.stockroom.orders.api.OrderStatistics;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import java.util.Map;

/**
 * The dashboard: orders today and this week with their revenue, orders by status, tripped low-stock
 * alerts and deliveries that failed. A brand user sees its own tripped alerts only.
 */
@Named
@RequestScoped
public class DashboardPage {

  private static final int ALERTS_SHOWN = 20;
  private static final int DEAD_SHOWN = 10;

  @Inject StockAdministration stock;
  @Inject OrderAdministration orders;
  @Inject DeliveryLog deliveries;
  @Inject ConsoleUser user;

  private OrderStatistics statistics;
  private Page<TrippedAlert> alerts;
  private DeliverySummary deliverySummary;
  private List<DeliveryView> dead = List.of();

  @PostConstruct
  void load() {
    alerts = stock.alerts(user.caller(), new PageRequest(1, ALERTS_SHOWN));
    if (user.isManager()) {
      statistics = orders.statistics(user.caller());
      deliverySummary = deliveries.summary(user.caller());
      dead =
          deliveries
              .list(
                  user.caller(),
                  new DeliveryQuery(DeliveryStatus.DEAD, null, null, null, null, null),
                  new PageRequest(1, DEAD_SHOWN))
              .items();
    }
  }

  public OrderStatistics getStatistics() {
    return statistics;
  }

  public List<TrippedAlert> getAlerts() {
    return alerts.items();
  }

  public long getAlertCount() {
    return alerts.totalItems();
  }

  public List<DeliveryView> getDead() {
    return dead;
  }

  public long getDeadCount() {
    return count(DeliveryStatus.DEAD);
  }

  public long getRetryingCount() {
    return count(DeliveryStatus.RETRYING);
  }

  public List<Map.Entry<String, Long>> getByStatus() {
    return List.copyOf(statistics.byStatus().entrySet());
  }

  public String getRevenueToday() {
    return Formats.money(statistics.revenueToday());
  }

  public String getRevenueLast7Days() {
    return Formats.money(statistics.revenueLast7Days());
  }

  private long count(DeliveryStatus status) {
    return deliverySummary == null ? 0 : deliverySummary.byStatus().getOrDefault(status, 0L);
  }

  public String badge(String level) {
    return "CRITICAL".equals(level) ? "bad" : "warn";
  }
}
