package com.stockroom.orders.application;

import com.stockroom.common.money.Money;

/**
 * One line of an order at the price it was sold at.
 *
 * @param reservationId the external reservation behind the line, absent for our own stock
 */
public record OrderLineView(
    String sku,
    String productId,
    String name,
    int quantity,
    Money unitPrice,
    Money lineTotal,
    int returnedQuantity,
    String reservationId) {}
