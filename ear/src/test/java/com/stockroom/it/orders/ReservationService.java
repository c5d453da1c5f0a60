package com.stockroom.it.orders;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import java.util.List;

/**
 * The external reservation service's stand-in: WireMock answering {@code POST /reserve} per SKU
 * ({@code item}) as each test says, slowly if asked to, with a journal of what arrived.
 */
final class ReservationService implements AutoCloseable {

  private final WireMockServer server;

  /** On the port the suite server is configured with ({@code it.reservation.port}). */
  static ReservationService forSuite() {
    return new ReservationService(Integer.getInteger("it.reservation.port"));
  }

  /** On a free port, for a node configured with {@link #url()}. */
  static ReservationService onFreePort() {
    return new ReservationService(0);
  }

  private ReservationService(int port) {
    WireMockConfiguration options =
        WireMockConfiguration.options()
            .bindAddress("127.0.0.1")
            .containerThreads(40)
            .jettyAcceptors(2);
    server = new WireMockServer(port == 0 ? options.dynamicPort() : options.port(port));
    server.start();
  }

  String url() {
    return "http://127.0.0.1:" + server.port();
  }

  /** Reserves {@code sku} as {@code reservationId} after {@code delayMillis}. */
  void reserves(String sku, String reservationId, int delayMillis) {
    server.stubFor(
        post(urlEqualTo("/reserve"))
            .withRequestBody(matchingJsonPath("$.item", equalTo(sku)))
            .willReturn(
                aResponse()
                    .withStatus(200)
                    .withHeader("Content-Type", "application/json")
                    .withBody("{\"reservation_id\":\"" + reservationId + "\"}")
                    .withFixedDelay(delayMillis)));
  }

  /** Refuses {@code sku} for good. */
  void refuses(String sku, int status, String reason) {
    server.stubFor(
        post(urlEqualTo("/reserve"))
            .withRequestBody(matchingJsonPath("$.item", equalTo(sku)))
            .willReturn(
                aResponse()
                    .withStatus(status)
                    .withHeader("Content-Type", "application/json")
                    .withBody("{\"reason\":\"" + reason + "\"}")));
  }

  /** Answers 503 {@code failures} times for {@code sku}, then reserves it. */
  void failsThenReserves(String sku, int failures, String reservationId) {
    String scenario = "flaky-" + sku;
    for (int i = 0; i < failures; i++) {
      server.stubFor(
          post(urlEqualTo("/reserve"))
              .withRequestBody(matchingJsonPath("$.item", equalTo(sku)))
              .inScenario(scenario)
              .whenScenarioStateIs(i == 0 ? Scenario.STARTED : "failed-" + i)
              .willSetStateTo("failed-" + (i + 1))
              .willReturn(aResponse().withStatus(503).withBody("busy")));
    }
    server.stubFor(
        post(urlEqualTo("/reserve"))
            .withRequestBody(matchingJsonPath("$.item", equalTo(sku)))
            .inScenario(scenario)
            .whenScenarioStateIs("failed-" + failures)
            .willReturn(
                aResponse()
                    .withStatus(201)
                    .withHeader("Content-Type", "application/json")
                    .withBody("{\"reservation_id\":\"" + reservationId + "\"}")));
  }

  /** What arrived for {@code sku}, oldest first. */
  List<LoggedRequest> requestsFor(String sku) {
    return server.findAll(
        postRequestedFor(urlEqualTo("/reserve"))
            .withRequestBody(matchingJsonPath("$.item", equalTo(sku))));
  }

  static boolean asks(LoggedRequest request, String sku, int quantity) {
    return equalToJson("{\"item\":\"" + sku + "\",\"quantity\":" + quantity + "}")
        .match(request.getBodyAsString())
        .isExactMatch();
  }

  @Override
  public void close() {
    server.stop();
  }
}
