package com.stockroom.it.notifications;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;

import com.stockroom.it.Environment;
import com.stockroom.it.Tokens;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/** The notifications REST API as a manager uses it, on the suite server or another node. */
public final class NotificationsApi {

  public static final Duration DEADLINE = Duration.ofSeconds(60);

  private final String baseUri;
  private final String token = Tokens.manager(900_001);

  public NotificationsApi(String baseUri) {
    this.baseUri = baseUri;
  }

  public static NotificationsApi suite() {
    return new NotificationsApi(Environment.baseUri());
  }

  public RequestSpecification asManager() {
    return given().baseUri(baseUri).auth().oauth2(token).contentType("application/json");
  }

  /** Registers a subscription; returns its id and secret. */
  public Subscription subscribe(String url, String... eventTypes) {
    JsonPath created =
        asManager()
            .body(Map.of("url", url, "eventTypes", List.of(eventTypes)))
            .post("/api/notifications/webhooks")
            .then()
            .statusCode(201)
            .extract()
            .jsonPath();
    return new Subscription(created.getString("id"), created.getString("secret"), url);
  }

  public void delete(Subscription subscription) {
    asManager().delete("/api/notifications/webhooks/" + subscription.id()).then().statusCode(204);
  }

  public void pause(Subscription subscription) {
    asManager()
        .post("/api/notifications/webhooks/" + subscription.id() + "/pause")
        .then()
        .statusCode(200);
  }

  public void resume(Subscription subscription) {
    asManager()
        .post("/api/notifications/webhooks/" + subscription.id() + "/resume")
        .then()
        .statusCode(200);
  }

  public JsonPath subscription(Subscription subscription) {
    return asManager()
        .get("/api/notifications/webhooks/" + subscription.id())
        .then()
        .statusCode(200)
        .extract()
        .jsonPath();
  }

  /** Sends the product's test event; returns its event id. */
  public String sendTestEvent(Subscription subscription) {
    return asManager()
        .post("/api/notifications/webhooks/" + subscription.id() + "/test")
        .then()
        .statusCode(202)
        .extract()
        .path("eventId");
  }

  public List<Map<String, Object>> deliveriesOf(String eventId) {
    return asManager()
        .queryParam("eventId", eventId)
        .queryParam("size", 100)
        .get("/api/notifications/deliveries")
        .then()
        .statusCode(200)
        .extract()
        .jsonPath()
        .getList("items");
  }

  public JsonPath delivery(Object id) {
    return asManager()
        .get("/api/notifications/deliveries/" + id)
        .then()
        .statusCode(200)
        .extract()
        .jsonPath();
  }

  /** Waits for the event's single delivery on a channel to satisfy the condition. */
  public Map<String, Object> awaitDelivery(
      String eventId, String channel, Predicate<Map<String, Object>> condition) {
    return await()
        .atMost(DEADLINE)
        .pollInterval(Duration.ofMillis(100))
        .until(
            () ->
                deliveriesOf(eventId).stream()
                    .filter(d -> channel.equals(d.get("channel")))
                    .findFirst()
                    .orElse(null),
            d -> d != null && condition.test(d));
  }

  public Map<String, Object> awaitStatus(String eventId, String channel, String status) {
    return awaitDelivery(eventId, channel, d -> status.equals(d.get("status")));
  }

  /** A registered subscription: its id, the secret shown at creation, and its URL. */
  public record Subscription(String id, String secret, String url) {}
}
