package com.stockroom.it.platform;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import com.stockroom.it.ServerTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** X-Request-ID: taken from the request or made, echoed on every response, in the log lines. */
class RequestIdIT extends ServerTest {

  private static final String UUID_PATTERN =
      "[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}";

  @Test
  void aClientsIdIsEchoedOnSuccessesAndOnEveryKindOfError() {
    List<Response> responses =
        List.of(
            withId("ok").get("/api/identity/jwks"),
            withId("jaxrs-404").get("/api/no-such-resource"),
            withId("servlet-404").get("/no-such-page"),
            withId("missing-token").get("/api/identity/me"),
            withId("bad-token").auth().oauth2("a.b.c").get("/api/identity/me"),
            withId("bad-token-public").auth().oauth2("a.b.c").get("/api/identity/jwks"),
            withId("405").delete("/api/identity/register"),
            withId("400").contentType(ContentType.JSON).body("{").post("/api/identity/register"));
    for (Response response : responses) {
      String sent = response.header("X-Request-ID");
      assertThat(sent).as("status " + response.statusCode()).startsWith("rid-");
    }
    assertThat(responses.get(0).statusCode()).isEqualTo(200);
    assertThat(responses.get(1).jsonPath().getString("instance"))
        .isEqualTo(responses.get(1).header("X-Request-ID"));
  }

  @Test
  void anIdIsMadeWhenTheClientSendsNoneOrAnUnusableOne() {
    String first = given().get("/api/identity/jwks").header("X-Request-ID");
    String second = given().get("/api/identity/jwks").header("X-Request-ID");
    assertThat(first).matches(UUID_PATTERN);
    assertThat(second).matches(UUID_PATTERN).isNotEqualTo(first);

    String tooLong = "x".repeat(200);
    assertThat(
            given()
                .header("X-Request-ID", tooLong)
                .get("/api/identity/jwks")
                .header("X-Request-ID"))
        .matches(UUID_PATTERN);
    assertThat(
            given()
                .header("X-Request-ID", "evil\tvalue; rm")
                .get("/api/identity/jwks")
                .header("X-Request-ID"))
        .matches(UUID_PATTERN);
  }

  @Test
  void theIdIsInTheLogLinesOfItsRequest() {
    String requestId = "rid-log-" + UUID.randomUUID();
    given()
        .header("X-Request-ID", requestId)
        .header("X-Forwarded-For", "10.250.0.1")
        .contentType(ContentType.JSON)
        .body(
            Map.of(
                "email", "logged-" + UUID.randomUUID() + "@example.test",
                "password", "pw-" + UUID.randomUUID(),
                "fullName", "Logged Person"))
        .post("/api/identity/register")
        .then()
        .statusCode(201);

    List<String> log = ServerLog.from("[" + requestId + "]", Duration.ofSeconds(5));
    assertThat(log.get(0)).contains("registered");
  }

  private static RequestSpecification withId(String name) {
    return given().header("X-Request-ID", "rid-" + name + "-" + UUID.randomUUID());
  }
}
