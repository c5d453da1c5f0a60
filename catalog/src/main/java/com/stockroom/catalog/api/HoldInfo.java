package com.stockroom.catalog.api;

import java.time.Instant;

/** A hold of {@code quantity} units of a SKU for {@code owner} until {@code expiresAt}. */
public record HoldInfo(
    long id, String sku, int quantity, String owner, Instant expiresAt, HoldState state) {}
