package com.stockroom.notifications.api;

import java.time.Instant;

/**
 * One attempt of a delivery, as recorded.
 *
 * @param node the server node that made it
 * @param statusCode the webhook receiver's HTTP status, if it answered
 * @param error why it failed, if it did
 */
public record DeliveryAttemptView(
    int number,
    Instant attemptedAt,
    long durationMs,
    String node,
    AttemptOutcome outcome,
    Integer statusCode,
    String error) {}
