package com.stockroom.catalog.application;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import java.util.Map;

/**
 * A new SKU.
 *
 * @param sku its code: letters, digits, dot, dash and underscore, unique among all SKUs
 * @param attributes what tells it apart from the product's other SKUs; empty or absent only for the
 *     single SKU of a product without options
 * @param initialStock units on hand to start with (a restock row in the ledger)
 * @param alert low-stock thresholds
 * @param externallyFulfilled whether the external reservation service fulfils it
 */
public record NewSkuRequest(
    @NotBlank @Pattern(regexp = SKU_PATTERN, message = SKU_MESSAGE) String sku,
    Map<String, String> attributes,
    @NotNull @Valid PriceInput price,
    @PositiveOrZero @Max(1_000_000) Integer initialStock,
    @Valid ThresholdsInput alert,
    Boolean externallyFulfilled) {

  public static final String SKU_PATTERN = "[A-Za-z0-9][A-Za-z0-9._-]{0,63}";
  public static final String SKU_MESSAGE =
      "must be 1 to 64 letters, digits, '.', '-' or '_', starting with a letter or digit";
}
