package com.stockroom.orders.application;

import com.stockroom.common.money.Money;
import java.time.Instant;
import java.util.List;

/**
 * The caller's active cart. Prices are today's; the order copies them at checkout.
 *
 * @param id absent while the customer has no cart yet
 * @param total absent when the cart is empty
 */
public record CartView(String id, List<CartItemView> items, Money total, Instant updatedAt) {}
