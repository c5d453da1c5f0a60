package com.stockroom.catalog.api;

import com.stockroom.common.money.Money;

/** What a sale took of one SKU, with the price read under the SKU's lock. */
public record SoldLine(
    String sku, long productId, String productName, int quantity, Money unitPrice) {}
