package com.stockroom.orders.persistence;

import java.util.List;

/**
 * An order with everything its view shows, loaded by explicit queries so that it can be read
 * outside a transaction (from the replica), where lazy collections cannot load.
 */
public record OrderDetails(
    CustomerOrder order,
    List<OrderLine> lines,
    List<OrderHistoryEntry> history,
    List<OrderReturn> returns) {}
