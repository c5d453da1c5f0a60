package com.stockroom.orders.rest;

import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Why an order is cancelled (optional). */
public record CancelOrderRequest(
    @Schema(description = "Kept in the status history", example = "Ordered the wrong size")
        @Size(max = 500)
        String reason) {}
