package com.stockroom.orders.persistence;

import com.stockroom.orders.domain.FeedPosition;

/** One event of the live order feed, as stored. */
public record FeedEvent(
    FeedPosition position, long orderId, long customerId, String type, String payload) {}
