package com.stockroom.catalog.application;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

/**
 * Low-stock thresholds as clients send them: alert below {@code quantity}, critical below {@code
 * critical}; either may be null.
 */
public record ThresholdsInput(
    @Min(1) @Max(1_000_000) Integer quantity, @Min(1) @Max(1_000_000) Integer critical) {}
