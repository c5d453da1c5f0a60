package com.stockroom.catalog.api;

import com.stockroom.common.money.Money;
import java.util.Map;

/**
 * A SKU as a seller sees it.
 *
 * @param sku the SKU code (the business key)
 * @param productId the product it is a variant of
 * @param productName the product's name, for order lines
 * @param attributes what tells it apart from the product's other variants ({@code size: M})
 * @param price the current unit price
 * @param available units available to sell now (on hand minus held)
 * @param sellable whether it may be sold at all: the SKU and its product are not deleted and the
 *     product is active
 * @param externallyFulfilled whether an external reservation service fulfils it (orders asks that
 *     service instead of holding our stock)
 * @param brandId the product's brand
 */
public record SkuInfo(
    String sku,
    long productId,
    String productName,
    Map<String, String> attributes,
    Money price,
    int available,
    boolean sellable,
    boolean externallyFulfilled,
    long brandId) {

  public SkuInfo {
    attributes = Map.copyOf(attributes);
  }
}
