package com.stockroom.catalog.application;

import com.stockroom.common.money.Money;
import java.time.Instant;
import java.util.Map;

/**
 * A SKU in a product's details.
 *
 * @param sku its code
 * @param productId the product it is a variant of
 * @param available units available to sell
 * @param onHand staff view only
 * @param reserved staff view only: units held for carts
 * @param alert staff view only
 * @param deletedAt staff view only, when deleted
 */
public record SkuDetails(
    String sku,
    String productId,
    Map<String, String> attributes,
    Money price,
    int available,
    boolean externallyFulfilled,
    Integer onHand,
    Integer reserved,
    AlertSettings alert,
    Instant deletedAt) {}
