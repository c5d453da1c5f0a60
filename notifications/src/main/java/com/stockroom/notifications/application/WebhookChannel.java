package com.stockroom.notifications.application;

import com.stockroom.notifications.domain.WebhookSignature;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;

/**
 * Signed webhook POSTs. The body is the event's payload exactly as published; {@code
 * Stockroom-Event} and {@code Stockroom-Event-Id} say what it is and let receivers deduplicate;
 * {@code Stockroom-Signature} signs the time and the body. A 2xx answer delivers; any other answer,
 * a timeout or no connection is a failure to retry. Redirects are not followed.
 */
@ApplicationScoped
public class WebhookChannel {

  public static final String EVENT_HEADER = "Stockroom-Event";
  public static final String EVENT_ID_HEADER = "Stockroom-Event-Id";

  /** How much of a failing receiver's answer the delivery log keeps. */
  private static final int ERROR_BODY_CHARS = 300;

  @Inject NotificationsSettings settings;

  private final Clock clock = Clock.systemUTC();

  private HttpClient client;

  @PostConstruct
  void createClient() {
    client =
        HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(settings.sendTimeout())
            .build();
  }

  public SendResult send(ClaimedDelivery delivery) {
    URI uri;
    try {
      uri = URI.create(delivery.recipient());
    } catch (IllegalArgumentException e) {
      return SendResult.failedForGood("not a URL: " + delivery.recipient());
    }
    long now = clock.instant().getEpochSecond();
    HttpRequest request =
        HttpRequest.newBuilder(uri)
            .timeout(settings.sendTimeout())
            .header("Content-Type", "application/json; charset=utf-8")
            .header("User-Agent", "Stockroom-Webhooks/1.0")
            .header(EVENT_HEADER, delivery.eventType())
            .header(EVENT_ID_HEADER, delivery.eventId().toString())
            .header(
                WebhookSignature.HEADER,
                WebhookSignature.header(delivery.webhookSecret(), now, delivery.payload()))
            .POST(HttpRequest.BodyPublishers.ofString(delivery.payload(), StandardCharsets.UTF_8))
            .build();
    try {
      HttpResponse<InputStream> response =
          client.send(request, HttpResponse.BodyHandlers.ofInputStream());
      int status = response.statusCode();
      try (InputStream body = response.body()) {
        if (status >= 200 && status < 300) {
          return SendResult.delivered(status);
        }
        String start =
            new String(body.readNBytes(ERROR_BODY_CHARS), StandardCharsets.UTF_8).strip();
        return SendResult.failed(status, "HTTP " + status + (start.isEmpty() ? "" : ": " + start));
      }
    } catch (HttpTimeoutException e) {
      return SendResult.failed(
          null, "no answer within " + settings.sendTimeout().toMillis() + " ms");
    } catch (IOException e) {
      return SendResult.failed(null, "cannot reach the receiver: " + describe(e));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return SendResult.failed(null, "interrupted while sending (server stopping)");
    }
  }

  private static String describe(Exception e) {
    return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
  }
}
