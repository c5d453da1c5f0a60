package com.stockroom.orders.rest;

import com.stockroom.orders.domain.OrderLimits;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Goods that came back from a delivered order. */
public record RecordReturnRequest(
    @NotEmpty @Size(max = OrderLimits.MAX_LINES) List<@Valid @NotNull OrderLineRequest> lines,
    @Schema(description = "Whether the goods go back on hand (sellable again)") @NotNull
        Boolean restock,
    @Size(max = 500) String note) {}
