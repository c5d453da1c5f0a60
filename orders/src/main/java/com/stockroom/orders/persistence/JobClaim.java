package com.stockroom.orders.persistence;

/**
 * A reservation job claimed by this node: what to ask the service, and the token that proves the
 * claim is still this node's when the answer is recorded.
 *
 * @param attempt which attempt this is (1 for the first)
 */
public record JobClaim(long jobId, String token, String sku, int quantity, int attempt) {}
