package com.stockroom.catalog.api;

import java.util.Map;

/**
 * New values of a variant's price and attributes; both are set (the form shows both).
 *
 * @param priceAmount in minor units of the product's currency
 * @param attributes all of them, replacing the old ones; empty for the single variant of a product
 *     without options
 */
public record VariantChanges(Long priceAmount, Map<String, String> attributes) {}
