package com.stockroom.it.notifications;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * An integrator's webhook endpoint: WireMock on 127.0.0.1 at a free port, one path per test, with a
 * journal of what arrived and a signature check written the way an integrator would.
 */
public final class WebhookReceiver implements AutoCloseable {

  private static final Pattern SIGNATURE = Pattern.compile("t=(\\d+),v1=([0-9a-f]{64})");

  private final WireMockServer server;

  public WebhookReceiver() {
    server =
        new WireMockServer(
            WireMockConfiguration.options()
                .bindAddress("127.0.0.1")
                .dynamicPort()
                .containerThreads(40)
                .jettyAcceptors(2));
    server.start();
  }

  /** A new path that answers 2xx. */
  public String acceptingEndpoint() {
    String path = newPath();
    answer(path, 204);
    return url(path);
  }

  /** A new path that answers 500 until {@link #answer} changes it. */
  public String failingEndpoint() {
    String path = newPath();
    answer(path, 500);
    return url(path);
  }

  /** A new path that answers 500 {@code failures} times, then 200. */
  public String endpointFailingFirst(int failures) {
    String path = newPath();
    String state = Scenario.STARTED;
    for (int i = 1; i <= failures; i++) {
      String next = "failed-" + i;
      server.stubFor(
          post(urlEqualTo(path))
              .inScenario(path)
              .whenScenarioStateIs(state)
              .willReturn(aResponse().withStatus(500).withBody("temporarily broken " + i))
              .willSetStateTo(next));
      state = next;
    }
    server.stubFor(
        post(urlEqualTo(path))
            .inScenario(path)
            .whenScenarioStateIs(state)
            .willReturn(aResponse().withStatus(200)));
    return url(path);
  }

  /** A new path that answers 200 after {@code delayMillis}. */
  public String slowEndpoint(int delayMillis) {
    String path = newPath();
    server.stubFor(
        post(urlEqualTo(path)).willReturn(aResponse().withStatus(200).withFixedDelay(delayMillis)));
    return url(path);
  }

  /** From now on the endpoint answers with this status. */
  public void answer(String endpoint, int status) {
    server.stubFor(post(urlEqualTo(pathOf(endpoint))).willReturn(aResponse().withStatus(status)));
  }

  public List<LoggedRequest> received(String endpoint) {
    return server.findAll(postRequestedFor(urlEqualTo(pathOf(endpoint))));
  }

  public List<LoggedRequest> received(String endpoint, String eventId) {
    return received(endpoint).stream()
        .filter(request -> eventId.equals(request.getHeader("Stockroom-Event-Id")))
        .toList();
  }

  /**
   * Checks {@code Stockroom-Signature} as a receiver would: recompute HMAC-SHA256 over {@code
   * "t.body"} with the secret, compare in constant time, and refuse old timestamps.
   */
  public static boolean signatureIsValid(LoggedRequest request, String secret, long maxAgeSeconds) {
    Matcher header = SIGNATURE.matcher(String.valueOf(request.getHeader("Stockroom-Signature")));
    if (!header.matches()) {
      return false;
    }
    long timestamp = Long.parseLong(header.group(1));
    if (Math.abs(System.currentTimeMillis() / 1000 - timestamp) > maxAgeSeconds) {
      return false;
    }
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
      byte[] expected =
          mac.doFinal(
              (timestamp + "." + request.getBodyAsString()).getBytes(StandardCharsets.UTF_8));
      return MessageDigest.isEqual(expected, HexFormat.of().parseHex(header.group(2)));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }

  @Override
  public void close() {
    server.stop();
  }

  private String url(String path) {
    return "http://127.0.0.1:" + server.port() + path;
  }

  private static String newPath() {
    return "/hooks/" + UUID.randomUUID();
  }

  private static String pathOf(String endpoint) {
    return endpoint.substring(endpoint.indexOf("/hooks/"));
  }
}
