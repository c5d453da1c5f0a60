package com.stockroom.it.platform;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.matchesPattern;

import com.stockroom.it.ServerTest;
import org.junit.jupiter.api.Test;

/** GET /api/status: the service and its build, for anyone, documented in OpenAPI. */
class StatusIT extends ServerTest {

  @Test
  void namesTheServiceAndTheBuildWithoutAToken() {
    given()
        .get("/api/status")
        .then()
        .statusCode(200)
        .contentType("application/json")
        .body("service", equalTo("stockroom"))
        .body("version", matchesPattern("\\d+\\.\\d+\\.\\d+.*"));
  }

  @Test
  void isInTheOpenApiDocumentUnderPlatform() {
    given()
        .accept("application/json")
        .get("/openapi")
        .then()
        .statusCode(200)
        .body("paths", hasKey("/api/status"))
        .body("paths.'/api/status'.get.tags[0]", equalTo("platform"));
  }

  @Test
  void answersOnlyGet() {
    given()
        .post("/api/status")
        .then()
        .statusCode(405)
        .contentType("application/problem+json")
        .body("status", equalTo(405));
  }
}
