package com.stockroom.orders.rest;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A workflow move. */
public record ChangeStatusRequest(
    @Schema(
            example = "PREPARATION",
            enumeration = {"WAITING", "PREPARATION", "READY", "DELIVERED", "CANCELLED"})
        @NotBlank
        String status,
    @Schema(description = "Kept in the status history") @Size(max = 500) String note) {}
