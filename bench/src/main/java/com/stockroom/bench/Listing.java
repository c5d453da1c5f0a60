package com.stockroom.bench;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/** Reads the product listing as a client would, for what the scenarios need to ask for. */
final class Listing {

  private Listing() {}

  /**
   * The keyset cursor that leads to {@code page}: the {@code after} parameter of the previous
   * page's next link.
   */
  static String cursorTo(Stack stack, String query, int page)
      throws IOException, InterruptedException {
    HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    HttpResponse<String> response =
        http.send(
            HttpRequest.newBuilder(
                    URI.create(
                        stack.baseUri() + "/api/catalog/products?" + query + "&page=" + (page - 1)))
                .timeout(Duration.ofSeconds(30))
                .build(),
            HttpResponse.BodyHandlers.ofString());
    if (response.statusCode() != 200) {
      throw new IllegalStateException(
          "listing page " + (page - 1) + ": HTTP " + response.statusCode() + " " + response.body());
    }
    String next;
    try (JsonReader reader = Json.createReader(new StringReader(response.body()))) {
      JsonObject json = reader.readObject();
      if (!json.containsKey("next") || json.isNull("next")) {
        throw new IllegalStateException("listing page " + (page - 1) + " has no next page");
      }
      next = json.getString("next");
    }
    String nextQuery = URI.create(next).getRawQuery();
    for (String parameter : nextQuery.split("&")) {
      if (parameter.startsWith("after=")) {
        // Kept encoded: the Lua script puts it back into a query string as it is.
        return parameter.substring("after=".length());
      }
    }
    throw new IllegalStateException("the next link has no cursor: " + next);
  }
}
