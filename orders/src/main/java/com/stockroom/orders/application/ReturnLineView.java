package com.stockroom.orders.application;

/** Units of one SKU that came back. */
public record ReturnLineView(String sku, int quantity) {}
