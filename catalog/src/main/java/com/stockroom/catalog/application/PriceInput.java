package com.stockroom.catalog.application;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;

/** A price as clients send it: minor units and an ISO 4217 currency. */
public record PriceInput(
    @NotNull @PositiveOrZero @Max(1_000_000_000_000L) Long amount,
    @NotNull @Pattern(regexp = "[A-Z]{3}", message = "must be an ISO 4217 code such as EUR")
        String currency) {}
