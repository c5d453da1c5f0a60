package com.stockroom.it.notifications;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;

import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import com.stockroom.it.ServerTest;
import com.stockroom.it.Tokens;
import com.stockroom.it.notifications.NotificationsApi.Subscription;
import io.restassured.path.json.JsonPath;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Signed webhooks, retries with backoff, dead letters and manual retry, driven by the product's own
 * "send a test event" (a real publication through the outbox), against WireMock receivers. The
 * server runs with 4 attempts per round, 0.2 s initial backoff and a 2 s send timeout.
 */
class WebhookDeliveryIT extends ServerTest {

  private static WebhookReceiver receiver;
  private final NotificationsApi api = NotificationsApi.suite();

  @BeforeAll
  static void startReceiver() {
    receiver = new WebhookReceiver();
  }

  @AfterAll
  static void stopReceiver() {
    receiver.close();
  }

  @Test
  void aTestEventArrivesOnceSignedAndNamedAndTheLogShowsItDelivered() {
    Subscription subscription = api.subscribe(receiver.acceptingEndpoint(), "order.placed");

    var sent =
        api.asManager()
            .post("/api/notifications/webhooks/" + subscription.id() + "/test")
            .then()
            .statusCode(202)
            .body("eventType", equalTo("webhook.test"))
            .body("subscriptionId", equalTo(subscription.id()))
            .extract();
    String eventId = sent.path("eventId");
    assertThat(sent.header("Location"))
        .contains("/api/notifications/deliveries?eventId=" + eventId);

    Map<String, Object> delivery = api.awaitStatus(eventId, "WEBHOOK", "DELIVERED");
    List<LoggedRequest> requests = receiver.received(subscription.url());
    assertThat(requests).hasSize(1);
    LoggedRequest request = requests.get(0);
    assertThat(request.getHeader("Stockroom-Event")).isEqualTo("webhook.test");
    assertThat(request.getHeader("Stockroom-Event-Id")).isEqualTo(eventId);
    assertThat(request.getHeader("Content-Type")).startsWith("application/json");
    assertThat(WebhookReceiver.signatureIsValid(request, subscription.secret(), 300)).isTrue();
    assertThat(WebhookReceiver.signatureIsValid(request, "whsec_someone-else", 300)).isFalse();
    JsonPath body = JsonPath.from(request.getBodyAsString());
    assertThat(body.getString("subscriptionId")).isEqualTo(subscription.id());
    assertThat(body.getString("requestedBy")).isEqualTo("user:900001");

    assertThat(delivery.get("recipient")).isEqualTo(subscription.url());
    assertThat(delivery.get("subscriptionId")).isEqualTo(subscription.id());
    assertThat(delivery.get("eventSubject")).isEqualTo("webhook:" + subscription.id());
    JsonPath detail = api.delivery(delivery.get("id"));
    assertThat(detail.getInt("attemptCount")).isEqualTo(1);
    assertThat(detail.getList("attempts.outcome")).containsExactly("DELIVERED");
    assertThat(detail.getList("attempts.statusCode")).containsExactly(204);
    assertThat(detail.getString("attempts[0].node")).isEqualTo("it-node-1");
    assertThat(detail.getString("deliveredAt")).isNotNull();
    api.delete(subscription);
  }

  @Test
  void aReceiverAnswering500ThreeTimesThen200GetsTheEventFourTimesWithTheSameId() {
    Subscription subscription = api.subscribe(receiver.endpointFailingFirst(3), "order.placed");
    String eventId = api.sendTestEvent(subscription);

    Map<String, Object> delivery = api.awaitStatus(eventId, "WEBHOOK", "DELIVERED");

    List<LoggedRequest> requests = receiver.received(subscription.url());
    assertThat(requests).hasSize(4);
    assertThat(requests).extracting(r -> r.getHeader("Stockroom-Event-Id")).containsOnly(eventId);
    assertThat(requests)
        .allSatisfy(
            r ->
                assertThat(WebhookReceiver.signatureIsValid(r, subscription.secret(), 300))
                    .isTrue());
    JsonPath detail = api.delivery(delivery.get("id"));
    assertThat(detail.getList("attempts.number")).containsExactly(1, 2, 3, 4);
    assertThat(detail.getList("attempts.outcome"))
        .containsExactly("FAILED", "FAILED", "FAILED", "DELIVERED");
    assertThat(detail.getList("attempts.statusCode")).containsExactly(500, 500, 500, 200);
    assertThat(detail.getString("attempts[0].error")).isEqualTo("HTTP 500: temporarily broken 1");
    List<Instant> times =
        detail.getList("attempts.attemptedAt", String.class).stream().map(Instant::parse).toList();
    for (int i = 1; i < times.size(); i++) {
      assertThat(Duration.between(times.get(i - 1), times.get(i)))
          .as("backoff before attempt %d", i + 1)
          .isGreaterThanOrEqualTo(Duration.ofMillis(100));
    }
    api.delete(subscription);
  }

  @Test
  void aReceiverThatAlwaysFailsEndsDeadAndAManualRetryDeliversOnceItRecovers() {
    String endpoint = receiver.failingEndpoint();
    Subscription subscription = api.subscribe(endpoint, "order.placed");
    String eventId = api.sendTestEvent(subscription);

    Map<String, Object> dead = api.awaitStatus(eventId, "WEBHOOK", "DEAD");
    assertThat(dead.get("attemptCount")).isEqualTo(4);
    assertThat(dead.get("lastStatusCode")).isEqualTo(500);
    assertThat(dead.get("nextAttemptAt")).isNull();
    assertThat(receiver.received(endpoint, eventId)).hasSize(4);
    assertThat(api.subscription(subscription).getString("deadStreak")).isEqualTo("1");

    receiver.answer(endpoint, 200);
    api.asManager()
        .post("/api/notifications/deliveries/" + dead.get("id") + "/retry")
        .then()
        .statusCode(202)
        .body("status", equalTo("PENDING"))
        .body("nextAttemptAt", notNullValue());

    api.awaitStatus(eventId, "WEBHOOK", "DELIVERED");
    assertThat(receiver.received(endpoint, eventId)).hasSize(5);
    JsonPath detail = api.delivery(dead.get("id"));
    assertThat(detail.getList("attempts.outcome"))
        .containsExactly("FAILED", "FAILED", "FAILED", "FAILED", "DELIVERED");
    assertThat(api.subscription(subscription).getString("deadStreak")).isEqualTo("0");

    api.asManager()
        .post("/api/notifications/deliveries/" + dead.get("id") + "/retry")
        .then()
        .statusCode(409)
        .contentType("application/problem+json")
        .body("type", equalTo("/problems/delivery-not-dead"));
    api.delete(subscription);
  }

  @Test
  void aReceiverThatDoesNotAnswerInTimeCountsAsAFailure() {
    String endpoint = receiver.slowEndpoint(5_000);
    Subscription subscription = api.subscribe(endpoint, "order.placed");
    String eventId = api.sendTestEvent(subscription);

    Map<String, Object> failed =
        api.awaitDelivery(eventId, "WEBHOOK", d -> ((Integer) d.get("attemptCount")) >= 1);
    assertThat(failed.get("lastError")).isEqualTo("no answer within 2000 ms");
    receiver.answer(endpoint, 200);
    api.awaitStatus(eventId, "WEBHOOK", "DELIVERED");
    api.delete(subscription);
  }

  @Test
  void aSubscriptionPausesAfterThreeDeadDeliveriesInARowAndStaffResumeIt() {
    String endpoint = receiver.failingEndpoint();
    Subscription subscription = api.subscribe(endpoint, "order.placed");
    List<String> events = List.of(api.sendTestEvent(subscription), api.sendTestEvent(subscription));
    events.forEach(id -> api.awaitStatus(id, "WEBHOOK", "DEAD"));
    // Both went dead at about the same time; each outcome was recorded (a lost one would have
    // been sent a fifth time when its lease ran out).
    await()
        .atMost(NotificationsApi.DEADLINE)
        .until(() -> api.subscription(subscription).getInt("deadStreak") == 2);
    events.forEach(id -> assertThat(receiver.received(endpoint, id)).hasSize(4));
    assertThat(api.subscription(subscription).getString("status")).isEqualTo("ACTIVE");
    String third = api.sendTestEvent(subscription);
    Map<String, Object> dead = api.awaitStatus(third, "WEBHOOK", "DEAD");

    await()
        .atMost(NotificationsApi.DEADLINE)
        .until(() -> api.subscription(subscription).getString("status"), "PAUSED"::equals);
    JsonPath paused = api.subscription(subscription);
    assertThat(paused.getString("pauseReason")).contains("3 deliveries in a row");
    assertThat(paused.getInt("deadStreak")).isEqualTo(3);
    api.asManager()
        .post("/api/notifications/deliveries/" + dead.get("id") + "/retry")
        .then()
        .statusCode(409)
        .body("type", equalTo("/problems/webhook-subscription-paused"));

    receiver.answer(endpoint, 200);
    api.resume(subscription);
    JsonPath resumed = api.subscription(subscription);
    assertThat(resumed.getString("status")).isEqualTo("ACTIVE");
    assertThat(resumed.getInt("deadStreak")).isZero();
    api.asManager()
        .post("/api/notifications/deliveries/" + dead.get("id") + "/retry")
        .then()
        .statusCode(202);
    api.awaitStatus(third, "WEBHOOK", "DELIVERED");
    api.delete(subscription);
  }

  @Test
  void theDeliveryLogFiltersCombineAndBadFiltersAreRefusedTogether() {
    String endpoint = receiver.failingEndpoint();
    Subscription subscription = api.subscribe(endpoint, "order.placed");
    String eventId = api.sendTestEvent(subscription);
    api.awaitStatus(eventId, "WEBHOOK", "DEAD");
    String pathPart = endpoint.substring(endpoint.indexOf("/hooks/") + 7).toUpperCase();

    await()
        .atMost(NotificationsApi.DEADLINE)
        .untilAsserted(
            () ->
                api.asManager()
                    .queryParam("status", "dead")
                    .queryParam("type", "webhook.test")
                    .queryParam("channel", "webhook")
                    .queryParam("recipient", pathPart)
                    .queryParam("subscriptionId", subscription.id())
                    .get("/api/notifications/deliveries")
                    .then()
                    .statusCode(200)
                    .body("totalItems", equalTo(1))
                    .body("items[0].eventId", equalTo(eventId))
                    .body("items[0].status", equalTo("DEAD")));
    api.asManager()
        .queryParam("status", "delivered")
        .queryParam("subscriptionId", subscription.id())
        .get("/api/notifications/deliveries")
        .then()
        .statusCode(200)
        .body("totalItems", equalTo(0));
    api.asManager()
        .queryParam("status", "lost")
        .queryParam("type", "order.exploded")
        .queryParam("channel", "pigeon")
        .queryParam("eventId", "nope")
        .queryParam("subscriptionId", "x")
        .queryParam("size", 0)
        .get("/api/notifications/deliveries")
        .then()
        .statusCode(400)
        .contentType("application/problem+json")
        .body(
            "errors.field",
            containsInAnyOrder("status", "type", "channel", "eventId", "subscriptionId", "size"));
    api.asManager()
        .get("/api/notifications/deliveries/summary")
        .then()
        .statusCode(200)
        .body("byStatus.DEAD", greaterThanOrEqualTo(1))
        .body("byStatus", org.hamcrest.Matchers.hasKey("DELIVERED_TO_LOG"));
    for (String id : List.of("987654321", "abc")) {
      api.asManager().get("/api/notifications/deliveries/" + id).then().statusCode(404);
      api.asManager()
          .post("/api/notifications/deliveries/" + id + "/retry")
          .then()
          .statusCode(404)
          .contentType("application/problem+json");
    }
    io.restassured.RestAssured.given()
        .auth()
        .oauth2(Tokens.customer(77))
        .post("/api/notifications/deliveries/1/retry")
        .then()
        .statusCode(403);
    api.delete(subscription);
  }

  @Test
  void deletingASubscriptionEndsItsWaitingDeliveries() {
    // Each attempt waits out the 2 s timeout, so the round is far from over when it is deleted.
    String endpoint = receiver.slowEndpoint(5_000);
    Subscription subscription = api.subscribe(endpoint, "order.placed");
    String eventId = api.sendTestEvent(subscription);
    api.awaitDelivery(eventId, "WEBHOOK", d -> ((Integer) d.get("attemptCount")) >= 1);

    api.delete(subscription);

    Map<String, Object> ended = api.awaitStatus(eventId, "WEBHOOK", "DEAD");
    assertThat(ended.get("lastError")).isEqualTo("subscription deleted by user:900001");
    api.asManager()
        .queryParam("status", "dead")
        .queryParam("subscriptionId", subscription.id())
        .get("/api/notifications/deliveries")
        .then()
        .body("items.eventId", hasItem(eventId));
  }
}
