package com.stockroom.it.platform;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.emptyOrNullString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;

import com.stockroom.it.Environment;
import com.stockroom.it.ServerTest;
import com.stockroom.it.Tokens;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Each kind of error the server can produce, provoked through real endpoints, answers RFC 9457
 * application/problem+json with type, title, status, detail and the request id as instance.
 */
class ErrorResponsesIT extends ServerTest {

  private static final String PROBLEM = "application/problem+json";

  @Test
  void malformedJsonIs400() {
    Response response =
        given().contentType(ContentType.JSON).body("{\"email\": ").post("/api/identity/register");
    assertProblem(response, 400, "/problems/malformed-body");
  }

  @Test
  void wrongJsonTypesAre400() {
    Response response =
        given()
            .contentType(ContentType.JSON)
            .body("{\"email\": {\"nested\": 1}, \"password\": [1, 2], \"fullName\": \"X\"}")
            .post("/api/identity/register");
    assertProblem(response, 400, "/problems/malformed-body");

    Response query =
        given()
            .auth()
            .oauth2(Tokens.manager(1))
            .queryParam("page", "two")
            .get("/api/identity/users");
    assertProblem(query, 400, "/problems/validation");
    query.then().body("errors.field", containsInAnyOrder("page"));
  }

  @Test
  void beanValidationFailuresListEveryField() {
    Response response =
        given().contentType(ContentType.JSON).body("{}").post("/api/identity/register");
    assertProblem(response, 400, "/problems/validation");
    response
        .then()
        .body("errors.field", containsInAnyOrder("email", "password", "fullName"))
        .body("errors.message", hasItems("must not be blank", "must not be null"));

    Response empty = given().contentType(ContentType.JSON).post("/api/identity/register");
    assertProblem(empty, 400, "/problems/validation");
  }

  @Test
  void unknownPathsAre404InsideAndOutsideTheApi() {
    assertProblem(given().get("/api/no-such-resource"), 404, "/problems/not-found");
    assertProblem(given().get("/no-such-page"), 404, "/problems/not-found");
    assertProblem(given().get("/"), 404, "/problems/not-found");
    assertProblem(
        given().auth().oauth2(Tokens.manager(1)).get("/api/identity/users/not-a-number"),
        404,
        "/problems/not-found");
  }

  @Test
  void wrongMethodIs405WithAllow() {
    Response response = given().delete("/api/identity/register");
    assertProblem(response, 405, "/problems/method-not-allowed");
    assertThat(response.header("Allow")).contains("POST");

    Response put = given().contentType(ContentType.JSON).body("{}").put("/api/identity/token");
    assertProblem(put, 405, "/problems/method-not-allowed");
    assertThat(put.header("Allow")).contains("POST");
  }

  @Test
  void wrongMediaTypeIs415() {
    Response response =
        given().contentType(ContentType.TEXT).body("email=a").post("/api/identity/register");
    assertProblem(response, 415, "/problems/unsupported-media-type");
    Response xml =
        given().contentType(ContentType.XML).body("<token/>").post("/api/identity/token");
    assertProblem(xml, 415, "/problems/unsupported-media-type");
  }

  @Test
  void missingOrBadTokenIs401WithTheBearerChallenge() {
    Response missing = given().get("/api/identity/me");
    assertProblem(missing, 401, "/problems/unauthorized");
    assertThat(missing.header("WWW-Authenticate")).isEqualTo("Bearer");

    Response bad = given().auth().oauth2("a.b.c").get("/api/identity/me");
    assertProblem(bad, 401, "/problems/unauthorized");
    assertThat(bad.header("WWW-Authenticate")).startsWith("Bearer");
  }

  @Test
  void missingRoleIs403() {
    assertProblem(
        given().auth().oauth2(Tokens.customer(1)).get("/api/identity/users"),
        403,
        "/problems/forbidden");
  }

  @Test
  void conflictIs409() {
    Map<String, String> body =
        Map.of(
            "email", "conflict-" + UUID.randomUUID() + "@example.test",
            "password", "pw-" + UUID.randomUUID(),
            "fullName", "Conflict");
    given()
        .contentType(ContentType.JSON)
        .body(body)
        .post("/api/identity/register")
        .then()
        .statusCode(201);
    assertProblem(
        given().contentType(ContentType.JSON).body(body).post("/api/identity/register"),
        409,
        "/problems/email-taken");
  }

  /**
   * A database failure in the middle of a write (a trigger stands in for a broken disk or a
   * constraint the code does not know) is a 500 that tells the client the request id and nothing
   * else, while the log keeps the stack trace under that id.
   */
  @Test
  void anUnexpectedFailureIs500WithoutInternalsAndLoggedWithItsStackTrace() throws Exception {
    String marker = "Failing " + UUID.randomUUID().toString().substring(0, 8);
    String requestId = "it-500-" + UUID.randomUUID();
    try (Connection db = Environment.primary();
        Statement sql = db.createStatement()) {
      sql.execute(
          "CREATE OR REPLACE FUNCTION identity.it_fail_insert() RETURNS trigger LANGUAGE plpgsql AS"
              + " $$ BEGIN RAISE EXCEPTION 'simulated storage failure in %', TG_TABLE_NAME"
              + " USING ERRCODE = 'XX000'; END $$");
      sql.execute(
          "CREATE TRIGGER it_fail_insert BEFORE INSERT ON identity.users FOR EACH ROW"
              + " WHEN (NEW.full_name = '"
              + marker
              + "') EXECUTE FUNCTION identity.it_fail_insert()");
      try {
        Response response =
            given()
                .header("X-Request-ID", requestId)
                .contentType(ContentType.JSON)
                .body(
                    Map.of(
                        "email", "boom-" + UUID.randomUUID() + "@example.test",
                        "password", "pw-" + UUID.randomUUID(),
                        "fullName", marker))
                .post("/api/identity/register");

        assertProblem(response, 500, "/problems/internal");
        assertThat(response.header("X-Request-ID")).isEqualTo(requestId);
        String body = response.asString();
        assertThat(body)
            .doesNotContain("simulated storage failure")
            .doesNotContain("users")
            .doesNotContainIgnoringCase("sql")
            .doesNotContain("Exception")
            .doesNotContain("at com.")
            .doesNotContain("at org.");
        response.then().body("detail", containsString("request id"));
      } finally {
        sql.execute("DROP TRIGGER it_fail_insert ON identity.users");
        sql.execute("DROP FUNCTION identity.it_fail_insert()");
      }
    }

    List<String> log =
        ServerLog.from("[" + requestId + "] unexpected failure", Duration.ofSeconds(5));
    assertThat(log.get(0)).contains("ERROR").contains("simulated storage failure");
    assertThat(log.subList(1, Math.min(log.size(), 10)))
        .as("the stack trace follows")
        .anySatisfy(line -> assertThat(line).matches("\\s+at .*"));
  }

  static void assertProblem(Response response, int status, String type) {
    String requestId = response.header("X-Request-ID");
    assertThat(requestId).as("X-Request-ID on a " + status).isNotBlank();
    response
        .then()
        .statusCode(status)
        .contentType(PROBLEM)
        .body("type", equalTo(type))
        .body("title", not(emptyOrNullString()))
        .body("status", equalTo(status))
        .body("detail", not(emptyOrNullString()))
        .body("instance", equalTo(requestId));
  }
}
