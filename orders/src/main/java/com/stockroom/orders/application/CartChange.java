package com.stockroom.orders.application;

/**
 * A cart item after a change.
 *
 * @param created whether the item is new
 * @param pending whether the external reservation service was asked and will answer later
 */
public record CartChange(CartItemView item, boolean created, boolean pending) {}
