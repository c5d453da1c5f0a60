package com.stockroom.orders.persistence;

/**
 * An idempotency key as stored: the request's fingerprint and, once its transaction committed, the
 * response to replay.
 *
 * @param status {@code null} only while the request that claimed the key is still running
 */
public record StoredKey(String fingerprint, Integer status, String body, String location) {}
