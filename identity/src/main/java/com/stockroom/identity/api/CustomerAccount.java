package com.stockroom.identity.api;

import java.time.Instant;

/**
 * A customer's account as staff see it in the console.
 *
 * @param enabled {@code false} once staff disabled it
 * @param lastLoginAt the last successful login, or {@code null}
 */
public record CustomerAccount(
    long id,
    String email,
    String fullName,
    boolean enabled,
    Instant createdAt,
    Instant lastLoginAt) {}
