package com.stockroom.catalog.api;

import java.time.Instant;
import java.util.Objects;

/**
 * Sets {@code quantity} units of {@code sku} aside for {@code owner} (e.g. {@code cart:42}) until
 * {@code expiresAt}, unless released or sold before.
 *
 * @param actor who asks, for the ledger ({@code user:42}, {@code system:orders})
 */
public record HoldRequest(String sku, int quantity, String owner, Instant expiresAt, String actor) {
  public HoldRequest {
    Objects.requireNonNull(sku, "sku");
    Objects.requireNonNull(owner, "owner");
    Objects.requireNonNull(expiresAt, "expiresAt");
    Objects.requireNonNull(actor, "actor");
  }
}
