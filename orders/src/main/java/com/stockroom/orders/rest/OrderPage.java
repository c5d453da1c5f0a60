package com.stockroom.orders.rest;

import com.stockroom.common.paging.Page;
import com.stockroom.orders.application.OrderView;
import java.util.List;

/** A page of orders (named, so that the OpenAPI document shows its items' schema). */
public record OrderPage(
    List<OrderView> items, int page, int size, long totalItems, int totalPages) {

  static OrderPage of(Page<OrderView> page) {
    return new OrderPage(
        page.items(), page.page(), page.size(), page.totalItems(), page.totalPages());
  }
}
