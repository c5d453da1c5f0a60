package com.stockroom.catalog.api;

import java.util.List;
import java.util.Objects;

/**
 * Stock leaving with an order: the units of {@code holdIds} (held for {@code holdOwner}) plus
 * {@code lines} that were not held.
 *
 * @param reference what the sale is for, e.g. {@code order:42}; written on every ledger row
 * @param actor who sells, for the ledger
 */
public record Sale(
    List<Long> holdIds, String holdOwner, List<StockLine> lines, String reference, String actor) {

  public Sale {
    holdIds = List.copyOf(holdIds);
    lines = List.copyOf(lines);
    Objects.requireNonNull(reference, "reference");
    Objects.requireNonNull(actor, "actor");
  }

  /** A sale of lines that were not held. */
  public static Sale ofLines(List<StockLine> lines, String reference, String actor) {
    return new Sale(List.of(), null, lines, reference, actor);
  }
}
