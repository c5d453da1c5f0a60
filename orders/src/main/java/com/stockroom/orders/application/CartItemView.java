package com.stockroom.orders.application;

import com.stockroom.common.money.Money;
import com.stockroom.orders.domain.CartItemState;
import java.time.Instant;

/**
 * One item of a cart.
 *
 * @param expiresAt when the hold on our stock runs out (held items only)
 * @param reservationId the external service's reservation (reserved items only)
 * @param failureReason why the external service did not reserve (failed items only)
 */
public record CartItemView(
    String id,
    String sku,
    String name,
    int quantity,
    Money unitPrice,
    Money lineTotal,
    CartItemState state,
    Instant expiresAt,
    String reservationId,
    String failureReason,
    Instant addedAt) {}
