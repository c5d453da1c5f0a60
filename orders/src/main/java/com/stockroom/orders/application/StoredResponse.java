package com.stockroom.orders.application;

/**
 * A response as it was first sent for an idempotency key, replayed byte for byte on retries.
 *
 * @param location the {@code Location} of a creation relative to the API's base URI ({@code
 *     orders/orders/42}), else {@code null}
 * @param contentType {@code application/json} or {@code application/problem+json}
 * @param replayed whether this is a replay of an earlier request's response
 */
public record StoredResponse(
    int status, String body, String location, String contentType, boolean replayed) {

  public static final String JSON = "application/json";
  public static final String PROBLEM_JSON = "application/problem+json";
}
