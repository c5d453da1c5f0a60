package com.stockroom.orders.rest;

import com.stockroom.orders.domain.OrderLimits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A SKU to put in the cart. */
public record AddCartItemRequest(
    @Schema(example = "TEA-ASSAM-250") @NotBlank @Size(max = OrderLimits.MAX_SKU_LENGTH) String sku,
    @Schema(example = "1") @NotNull @Min(1) @Max(OrderLimits.MAX_QUANTITY) Integer quantity) {}
