package com.stockroom.orders.rest;

import com.stockroom.orders.domain.OrderLimits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A cart item's new quantity. */
public record ChangeCartItemRequest(
    @Schema(example = "3") @NotNull @Min(1) @Max(OrderLimits.MAX_QUANTITY) Integer quantity) {}
