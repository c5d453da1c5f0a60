package com.stockroom.admin.web;

import com.stockroom.admin.security.ConsoleUser;
import com.stockroom.common.money.Money;
import com.stockroom.common.paging.Page;
import com.stockroom.common.problem.ProblemException;
import com.stockroom.orders.api.OrderAdministration;
import com.stockroom.orders.api.OrderFilter;
import com.stockroom.orders.api.OrderSummary;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;

/** Orders: newest first, filtered by status, days of placement and customer. */
@Named
@ViewScoped
public class OrdersPage implements Serializable {

  private static final long serialVersionUID = 1L;
  static final List<String> STATUSES =
      List.of("WAITING", "PREPARATION", "READY", "DELIVERED", "CANCELLED");

  @Inject transient OrderAdministration orders;
  @Inject ConsoleUser user;

  private String status;
  private String from;
  private String to;
  private String customer;
  private String page;
  private transient Page<OrderSummary> result;

  public void load() {
    LocalDate first = day(from, "From");
    LocalDate last = day(to, "To");
    try {
      result =
          orders.search(
              user.caller(), new OrderFilter(status, first, last, customer), Paging.request(page));
    } catch (ProblemException e) {
      Feedback.problem(e);
      result = Page.of(List.of(), Paging.request(null), 0);
    }
  }

  private static LocalDate day(String raw, String label) {
    if (raw == null || raw.isBlank()) {
      return null;
    }
    try {
      return LocalDate.parse(raw.trim());
    } catch (DateTimeParseException e) {
      Feedback.error(label + ": \"" + raw + "\" is not a day (yyyy-mm-dd); it was left out.");
      return null;
    }
  }

  private Page<OrderSummary> result() {
    if (result == null) {
      load();
    }
    return result;
  }

  public List<OrderSummary> getOrders() {
    return result().items();
  }

  public List<String> getStatuses() {
    return STATUSES;
  }

  public PageLinks getPager() {
    return new PageLinks(result(), filters());
  }

  private Map<String, String> filters() {
    return Map.of(
        "status",
        nonNull(status),
        "from",
        nonNull(from),
        "to",
        nonNull(to),
        "customer",
        nonNull(customer));
  }

  private static String nonNull(String value) {
    return value == null ? "" : value;
  }

  public String money(Money money) {
    return Formats.money(money);
  }

  public String getStatus() {
    return status;
  }

  public void setStatus(String status) {
    this.status = status;
  }

  public String getFrom() {
    return from;
  }

  public void setFrom(String from) {
    this.from = from;
  }

  public String getTo() {
    return to;
  }

  public void setTo(String to) {
    this.to = to;
  }

  public String getCustomer() {
    return customer;
  }

  public void setCustomer(String customer) {
    this.customer = customer;
  }

  public String getPage() {
    return page;
  }

  public void setPage(String page) {
    this.page = page;
  }
}
