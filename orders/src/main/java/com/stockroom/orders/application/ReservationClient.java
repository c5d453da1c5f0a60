package com.stockroom.orders.application;

import com.stockroom.common.json.Jsonp;
import com.stockroom.orders.domain.ReservationAnswer;
import com.stockroom.orders.persistence.JobClaim;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.json.stream.JsonParsingException;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;

/**
 * Talks to the external reservation service: {@code POST {url}/reserve} with {@code {"item": sku,
 * "quantity": n}}, answered by {@code {"reservation_id": ...}}. Calls are asynchronous, so a call
 * that takes 35 seconds holds no thread while it waits. Each job sends the same {@code
 * Idempotency-Key} on every attempt, so a service that honours it reserves once however often a
 * lost answer makes us ask.
 */
final class ReservationClient {

  private final HttpClient http;

  ReservationClient(Executor executor) {
    this.http =
        HttpClient.newBuilder()
            .executor(executor)
            .connectTimeout(Duration.ofSeconds(5))
            .version(HttpClient.Version.HTTP_1_1)
            .build();
  }

  /** The answer to one attempt; never completes exceptionally. */
  CompletableFuture<ReservationAnswer> reserve(String baseUrl, JobClaim claim, Duration timeout) {
    HttpRequest request;
    try {
      request =
          HttpRequest.newBuilder(URI.create(stripSlash(baseUrl) + "/reserve"))
              .timeout(timeout)
              .header("Content-Type", "application/json")
              .header("Accept", "application/json")
              .header("Idempotency-Key", "stockroom-reservation-" + claim.jobId())
              .POST(
                  HttpRequest.BodyPublishers.ofString(
                      Jsonp.createObjectBuilder()
                          .add("item", claim.sku())
                          .add("quantity", claim.quantity())
                          .build()
                          .toString()))
              .build();
    } catch (IllegalArgumentException e) {
      return CompletableFuture.completedFuture(
          new ReservationAnswer.Retry("the reservation service URL is invalid: " + baseUrl));
    }
    return http.sendAsync(request, HttpResponse.BodyHandlers.ofString())
        .handle(
            (response, failure) ->
                failure != null ? failed(failure) : answer(response.statusCode(), response.body()));
  }

  static ReservationAnswer answer(int status, String body) {
    JsonObject json = parse(body);
    String reservationId = json == null ? null : text(json.get("reservation_id"));
    String message = null;
    if (json != null) {
      for (String field : new String[] {"reason", "message", "error", "detail"}) {
        message = message == null ? text(json.get(field)) : message;
      }
    } else if (body != null && !body.isBlank()) {
      message = body.length() > 200 ? body.substring(0, 200) : body;
    }
    return ReservationAnswer.of(status, reservationId, message);
  }

  private static ReservationAnswer failed(Throwable failure) {
    Throwable cause = failure.getCause() != null ? failure.getCause() : failure;
    if (cause instanceof HttpTimeoutException) {
      return new ReservationAnswer.Retry("the reservation service did not answer in time");
    }
    return new ReservationAnswer.Retry("the reservation service could not be reached: " + cause);
  }

  private static JsonObject parse(String body) {
    if (body == null || body.isBlank()) {
      return null;
    }
    try (JsonReader reader = Jsonp.createReader(new StringReader(body))) {
      JsonValue value = reader.readValue();
      return value instanceof JsonObject object ? object : null;
    } catch (JsonParsingException | IllegalStateException e) {
      return null;
    }
  }

  private static String text(JsonValue value) {
    if (value == null || value.getValueType() == JsonValue.ValueType.NULL) {
      return null;
    }
    return value instanceof JsonString string ? string.getString() : value.toString();
  }

  private static String stripSlash(String url) {
    return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
  }
}
