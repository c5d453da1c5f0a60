package com.stockroom.admin.web;

import com.stockroom.common.money.Money;
import java.math.BigDecimal;
import java.util.List;
import java.util.stream.Collectors;

/** How the console writes amounts. */
final class Formats {

  private Formats() {}

  /** {@code EUR 1,250.00}: minor units as two decimals (the shop's currencies all have two). */
  static String money(Money money) {
    return money.currency()
        + " "
        + String.format("%,.2f", BigDecimal.valueOf(money.amount()).movePointLeft(2));
  }

  static String money(List<Money> totals) {
    return totals.isEmpty()
        ? "0.00"
        : totals.stream().map(Formats::money).collect(Collectors.joining(" · "));
  }
}
