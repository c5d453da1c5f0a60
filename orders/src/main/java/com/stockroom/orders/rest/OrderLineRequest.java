package com.stockroom.orders.rest;

import com.stockroom.orders.domain.OrderLimits;
import com.stockroom.orders.domain.RequestedLine;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A quantity of one SKU. */
public record OrderLineRequest(
    @Schema(example = "TEA-ASSAM-250") @NotBlank @Size(max = OrderLimits.MAX_SKU_LENGTH) String sku,
    @Schema(example = "2") @NotNull @Min(1) @Max(OrderLimits.MAX_QUANTITY) Integer quantity) {

  RequestedLine toLine() {
    return new RequestedLine(sku.trim(), quantity);
  }
}
