package com.stockroom.orders.api;

/** A quantity of one SKU that came back. */
public record ReturnedItem(String sku, Integer quantity) {}
