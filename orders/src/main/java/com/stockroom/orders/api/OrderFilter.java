package com.stockroom.orders.api;

import java.time.LocalDate;

/**
 * Which orders to list; {@code null} members mean any.
 *
 * @param status a status name ({@code WAITING}, ...)
 * @param placedFrom first day (UTC) of placement, inclusive
 * @param placedTo last day (UTC) of placement, inclusive
 * @param customer a customer id, or part of the customer's e-mail (case-insensitive)
 */
public record OrderFilter(
    String status, LocalDate placedFrom, LocalDate placedTo, String customer) {

  public static OrderFilter any() {
    return new OrderFilter(null, null, null, null);
  }
}
