package com.stockroom.notifications.application;

/**
 * Fired inside a transaction that made work for the dispatcher (an event published, a delivery
 * retried, a subscription resumed); observed after commit to wake this node's dispatcher at once.
 */
public record DispatchRequested(String reason) {}
