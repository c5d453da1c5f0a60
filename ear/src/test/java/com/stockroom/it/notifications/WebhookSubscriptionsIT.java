package com.stockroom.it.notifications;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;

import com.stockroom.it.ServerTest;
import com.stockroom.it.Tokens;
import io.restassured.path.json.JsonPath;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Managers register, change, pause, resume and delete webhook subscriptions over HTTP. */
class WebhookSubscriptionsIT extends ServerTest {

  private static final String WEBHOOKS = "/api/notifications/webhooks";

  private final NotificationsApi api = NotificationsApi.suite();
  private final String url = "https://erp.example.test/hooks/" + UUID.randomUUID();

  @Test
  void aManagerRegistersASubscriptionAndSeesItsSecretOnlyInTheAnswer() {
    var created =
        api.asManager()
            .body(
                Map.of(
                    "url",
                    url,
                    "eventTypes",
                    List.of("inventory.low_stock", "inventory.out_of_stock", "inventory.low_stock"),
                    "description",
                    "ERP purchasing"))
            .post(WEBHOOKS)
            .then()
            .statusCode(201)
            .contentType(containsString("application/json"))
            .header("Location", containsString(WEBHOOKS + "/"))
            .body("secret", startsWith("whsec_"))
            .body("status", equalTo("ACTIVE"))
            .body("url", equalTo(url))
            .body("eventTypes", containsInAnyOrder("inventory.low_stock", "inventory.out_of_stock"))
            .body("description", equalTo("ERP purchasing"))
            .body("createdBy", equalTo("user:900001"))
            .extract();
    String location = created.header("Location");
    String id = created.path("id");
    assertThat(location).endsWith("/" + id);

    api.asManager()
        .get(location)
        .then()
        .statusCode(200)
        .body("id", equalTo(id))
        .body("secret", nullValue())
        .body("deadStreak", equalTo(0));
    api.asManager()
        .queryParam("size", 100)
        .queryParam("status", "active")
        .get(WEBHOOKS)
        .then()
        .statusCode(200)
        .body("items.id", hasItem(id))
        .body("items.secret", org.hamcrest.Matchers.everyItem(nullValue()));
  }

  @Test
  void badSubscriptionsAreRefusedWithEveryProblemAtOnceAndNothingIsCreated() {
    String marker = "refused " + UUID.randomUUID();
    JsonPath problem =
        api.asManager()
            .body(
                Map.of(
                    "url",
                    "ftp://example.test/x",
                    "eventTypes",
                    List.of("order.placed", "order.exploded"),
                    "description",
                    marker))
            .post(WEBHOOKS)
            .then()
            .statusCode(400)
            .contentType("application/problem+json")
            .body("type", equalTo("/problems/validation"))
            .body("instance", notNullValue())
            .extract()
            .jsonPath();
    assertThat(problem.getList("errors.field")).containsExactlyInAnyOrder("url", "eventTypes[1]");

    api.asManager()
        .body(Map.of("url", url, "eventTypes", List.of()))
        .post(WEBHOOKS)
        .then()
        .statusCode(400)
        .body("errors.field", containsInAnyOrder("eventTypes"));
    api.asManager()
        .body(
            Map.of(
                "url", "https://user:secret@example.test/", "eventTypes", List.of("order.placed")))
        .post(WEBHOOKS)
        .then()
        .statusCode(400)
        .body("errors[0].message", containsString("credentials"));
    api.asManager()
        .body("{\"url\": \"https://example.test\", \"eventTypes\": [")
        .post(WEBHOOKS)
        .then()
        .statusCode(400)
        .contentType("application/problem+json")
        .body("type", equalTo("/problems/malformed-body"));
    api.asManager()
        .body("{\"url\": 5, \"eventTypes\": \"order.placed\"}")
        .post(WEBHOOKS)
        .then()
        .statusCode(400)
        .contentType("application/problem+json");
    api.asManager().post(WEBHOOKS).then().statusCode(400).contentType("application/problem+json");
    api.asManager()
        .contentType("text/plain")
        .body("url=x")
        .post(WEBHOOKS)
        .then()
        .statusCode(415)
        .contentType("application/problem+json");

    api.asManager()
        .queryParam("size", 100)
        .get(WEBHOOKS)
        .then()
        .statusCode(200)
        .body("items.description", org.hamcrest.Matchers.not(hasItem(marker)));
  }

  @Test
  void onlyManagersMayTouchSubscriptions() {
    var subscription = api.subscribe(url, "order.placed");
    given()
        .contentType("application/json")
        .body(Map.of("url", url, "eventTypes", List.of("order.placed")))
        .post(WEBHOOKS)
        .then()
        .statusCode(401)
        .header("WWW-Authenticate", startsWith("Bearer"))
        .contentType("application/problem+json");
    for (String token : List.of(Tokens.customer(31), Tokens.brand(32, 4))) {
      given()
          .auth()
          .oauth2(token)
          .get(WEBHOOKS + "/" + subscription.id())
          .then()
          .statusCode(403)
          .contentType("application/problem+json");
      given()
          .auth()
          .oauth2(token)
          .post(WEBHOOKS + "/" + subscription.id() + "/pause")
          .then()
          .statusCode(403);
      given().auth().oauth2(token).get("/api/notifications/deliveries").then().statusCode(403);
    }
    assertThat(api.subscription(subscription).getString("status")).isEqualTo("ACTIVE");
  }

  @Test
  void aPatchChangesOnlyTheMembersItNamesAndABadOneChangesNothing() {
    var subscription = api.subscribe(url, "order.placed");
    api.asManager()
        .contentType("application/merge-patch+json")
        .body(Map.of("eventTypes", List.of("order.placed", "order.cancelled")))
        .patch(WEBHOOKS + "/" + subscription.id())
        .then()
        .statusCode(200)
        .body("url", equalTo(url))
        .body("eventTypes", containsInAnyOrder("order.cancelled", "order.placed"));
    api.asManager()
        .body(Map.of("url", "not a url", "description", "x".repeat(201)))
        .patch(WEBHOOKS + "/" + subscription.id())
        .then()
        .statusCode(400)
        .body("errors.field", containsInAnyOrder("url", "description"));
    JsonPath unchanged = api.subscription(subscription);
    assertThat(unchanged.getString("url")).isEqualTo(url);
    assertThat(unchanged.getString("description")).isNull();
    assertThat(unchanged.getList("eventTypes"))
        .containsExactlyInAnyOrder("order.cancelled", "order.placed");
  }

  @Test
  void pauseResumeAndDeleteFollowTheirRules() {
    var subscription = api.subscribe(url, "order.placed");
    String path = WEBHOOKS + "/" + subscription.id();
    api.asManager()
        .post(path + "/pause")
        .then()
        .statusCode(200)
        .body("status", equalTo("PAUSED"))
        .body("pausedAt", notNullValue())
        .body("pauseReason", equalTo("paused by user:900001"));
    api.asManager()
        .post(path + "/test")
        .then()
        .statusCode(409)
        .body("type", equalTo("/problems/webhook-subscription-paused"));
    api.asManager()
        .post(path + "/resume")
        .then()
        .statusCode(200)
        .body("status", equalTo("ACTIVE"))
        .body("pausedAt", nullValue());

    api.asManager().delete(path).then().statusCode(204);
    api.asManager().delete(path).then().statusCode(204);
    api.asManager().get(path).then().statusCode(200).body("deletedAt", notNullValue());
    for (String action : List.of("/pause", "/resume", "/test")) {
      api.asManager()
          .post(path + action)
          .then()
          .statusCode(409)
          .body("type", equalTo("/problems/webhook-subscription-deleted"));
    }
    api.asManager().body(Map.of("description", "too late")).patch(path).then().statusCode(409);
    api.asManager()
        .queryParam("size", 100)
        .get(WEBHOOKS)
        .then()
        .body("items.id", org.hamcrest.Matchers.not(hasItem(subscription.id())));
  }

  @Test
  void unknownSubscriptionsAreNotFound() {
    for (String id : List.of("999999999", "abc", "-1", "0")) {
      api.asManager()
          .get(WEBHOOKS + "/" + id)
          .then()
          .statusCode(404)
          .contentType("application/problem+json")
          .body("type", equalTo("/problems/not-found"));
      api.asManager().post(WEBHOOKS + "/" + id + "/resume").then().statusCode(404);
      api.asManager().delete(WEBHOOKS + "/" + id).then().statusCode(404);
    }
  }

  @Test
  void listingRefusesBadPagingAndFiltersInOneAnswer() {
    api.asManager()
        .queryParam("size", 101)
        .queryParam("page", "x")
        .queryParam("status", "sleeping")
        .get(WEBHOOKS)
        .then()
        .statusCode(400)
        .body("errors.field", containsInAnyOrder("page", "size", "status"));
    api.asManager()
        .queryParam("size", 1)
        .get(WEBHOOKS)
        .then()
        .statusCode(200)
        .body("size", equalTo(1))
        .body("page", equalTo(1));
  }
}
