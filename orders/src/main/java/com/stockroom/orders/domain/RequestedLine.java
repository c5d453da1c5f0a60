package com.stockroom.orders.domain;

/** A quantity of one SKU someone asks for (to order, hold or return). */
public record RequestedLine(String sku, int quantity) {}
