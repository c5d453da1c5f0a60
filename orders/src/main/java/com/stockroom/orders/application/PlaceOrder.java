package com.stockroom.orders.application;

import com.stockroom.orders.domain.RequestedLine;
import java.util.List;

/**
 * What to order: the given lines, or everything in the caller's cart.
 *
 * @param lines the lines when not from the cart (validated: 1 to 100, each SKU once, 1 to 1000
 *     units)
 */
public record PlaceOrder(List<RequestedLine> lines, boolean fromCart) {

  public PlaceOrder {
    lines = lines == null ? List.of() : List.copyOf(lines);
  }

  public static PlaceOrder ofLines(List<RequestedLine> lines) {
    return new PlaceOrder(lines, false);
  }

  public static PlaceOrder fromTheCart() {
    return new PlaceOrder(List.of(), true);
  }

  /** The request in one canonical text, for idempotency fingerprints. */
  String canonical() {
    if (fromCart) {
      return "cart";
    }
    StringBuilder text = new StringBuilder("lines");
    for (RequestedLine line : lines) {
      text.append('\n').append(line.sku()).append('\t').append(line.quantity());
    }
    return text.toString();
  }
}
