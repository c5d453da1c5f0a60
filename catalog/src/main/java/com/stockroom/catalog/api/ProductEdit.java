package com.stockroom.catalog.api;

import com.stockroom.common.money.Money;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * A product as staff edit it.
 *
 * @param etag identifies this state of the product; pass it back with a change
 */
public record ProductEdit(
    String id,
    String name,
    String description,
    String categoryId,
    String brandId,
    String status,
    Instant deletedAt,
    String etag,
    List<Variant> variants) {

  public ProductEdit {
    variants = List.copyOf(variants);
  }

  /** One SKU of the product. */
  public record Variant(
      String sku,
      Map<String, String> attributes,
      Money price,
      Integer onHand,
      int available,
      Instant deletedAt) {}
}
