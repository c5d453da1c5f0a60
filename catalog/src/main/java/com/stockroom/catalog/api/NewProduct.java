package com.stockroom.catalog.api;

import java.util.List;
import java.util.Map;

/**
 * A product to create with its variants (one without attributes for a product without options).
 *
 * @param status {@code ACTIVE} (default), {@code DRAFT} or {@code DISCONTINUED}
 */
public record NewProduct(
    String name,
    String description,
    String categoryId,
    String brandId,
    String status,
    List<NewVariant> variants) {

  /**
   * @param priceAmount in minor units
   * @param initialStock units on hand to start with
   */
  public record NewVariant(
      String sku,
      Map<String, String> attributes,
      Long priceAmount,
      String currency,
      Integer initialStock) {}
}
