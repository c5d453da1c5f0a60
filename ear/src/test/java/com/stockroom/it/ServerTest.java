package com.stockroom.it;

import io.restassured.RestAssured;
import io.restassured.config.RestAssuredConfig;
import io.restassured.filter.log.LogDetail;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Base of the integration tests: Arquillian manages the server (started once per run, with the EAR
 * deployed at boot), REST Assured talks to it over HTTP.
 */
@ExtendWith(ArquillianExtension.class)
public abstract class ServerTest {

  @BeforeAll
  static void pointRestAssuredAtServer() {
    RestAssured.baseURI = "http://127.0.0.1";
    RestAssured.port = Environment.httpPort();
    RestAssured.config = RestAssuredConfig.config();
    RestAssured.enableLoggingOfRequestAndResponseIfValidationFails(LogDetail.ALL);
  }
}
