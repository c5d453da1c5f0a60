package com.stockroom.orders.rest;

import com.stockroom.common.problem.ProblemException;
import com.stockroom.orders.application.PlaceOrder;
import com.stockroom.orders.domain.OrderLimits;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What to order: {@code lines}, or {@code "fromCart": true} for everything in the cart. */
public record PlaceOrderRequest(
    @Schema(description = "1 to 100 lines, each SKU once") @Size(max = OrderLimits.MAX_LINES)
        List<@Valid @NotNull OrderLineRequest> lines,
    @Schema(description = "Order the cart's items instead of lines") Boolean fromCart) {

  PlaceOrder toCommand() {
    boolean cart = Boolean.TRUE.equals(fromCart);
    boolean hasLines = lines != null && !lines.isEmpty();
    if (cart && hasLines) {
      throw ProblemException.invalid("lines", "must be absent when ordering from the cart");
    }
    if (cart) {
      return PlaceOrder.fromTheCart();
    }
    if (!hasLines) {
      throw ProblemException.invalid(
          "lines", "must name at least one line (or set fromCart to true)");
    }
    return PlaceOrder.ofLines(lines.stream().map(OrderLineRequest::toLine).toList());
  }
}
