package com.stockroom.it.orders;

import com.stockroom.it.Environment;
import io.restassured.response.Response;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

/** Orders and cart requests as the mobile app and the staff tools make them. */
final class Orders {

  static final String ORDERS = "/api/orders/orders";
  static final String CART = "/api/orders/cart";

  private static final HttpClient HTTP =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

  private Orders() {}

  static Map<String, Object> line(String sku, int quantity) {
    return Map.of("sku", sku, "quantity", quantity);
  }

  static String lines(List<Map<String, Object>> lines) {
    return Shop.json(Map.of("lines", lines));
  }

  static String fromCart() {
    return Shop.json(Map.of("fromCart", true));
  }

  static String key() {
    return UUID.randomUUID().toString();
  }

  static Response place(Shop shop, String token, String key, String body) {
    return shop.as(token).header("Idempotency-Key", key).body(body).post(ORDERS);
  }

  /** Places an order that must succeed; its id. */
  static String placed(Shop shop, String token, List<Map<String, Object>> lines) {
    return place(shop, token, key(), lines(lines)).then().statusCode(201).extract().path("id");
  }

  static Response move(Shop shop, String orderId, String status) {
    return shop.asManager()
        .body(Shop.json(Map.of("status", status)))
        .patch(ORDERS + "/{id}/status", orderId);
  }

  static Response cancel(Shop shop, String token, String orderId) {
    return shop.as(token).body("{}").post(ORDERS + "/{id}/cancel", orderId);
  }

  static Response addToCart(Shop shop, String token, String sku, int quantity) {
    return shop.as(token).body(Shop.json(line(sku, quantity))).post(CART + "/items");
  }

  /** A POST straight over HTTP, for many concurrent clients (REST Assured is not thread-safe). */
  static HttpResponse<String> post(String path, String token, String key, String body) {
    return post(Environment.baseUri(), path, token, key, body);
  }

  /** The same, to the server at {@code baseUri}. */
  static HttpResponse<String> post(
      String baseUri, String path, String token, String key, String body) {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create(baseUri + path))
            .timeout(Duration.ofSeconds(60))
            .header("Authorization", "Bearer " + token)
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(body));
    if (key != null) {
      request.header("Idempotency-Key", key);
    }
    try {
      return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      throw new IllegalStateException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /**
   * Places an order as a real client does: on 503 (busy, with Retry-After) it retries with the same
   * idempotency key, so a retry can never order twice.
   */
  static HttpResponse<String> placeRetrying(String token, String key, String body) {
    return placeRetrying(Environment.baseUri(), token, key, body);
  }

  /** The same, at the server at {@code baseUri}. */
  static HttpResponse<String> placeRetrying(String baseUri, String token, String key, String body) {
    for (int attempt = 1; ; attempt++) {
      HttpResponse<String> response = post(baseUri, ORDERS, token, key, body);
      if (response.statusCode() != 503 || attempt == 10) {
        return response;
      }
    }
  }

  /**
   * Runs the tasks on as many threads at once, released together, and returns their results in task
   * order.
   */
  static <T> List<T> concurrently(List<Callable<T>> tasks) throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(tasks.size());
    CountDownLatch ready = new CountDownLatch(tasks.size());
    CountDownLatch go = new CountDownLatch(1);
    try {
      List<Future<T>> futures = new ArrayList<>();
      for (Callable<T> task : tasks) {
        futures.add(
            pool.submit(
                () -> {
                  ready.countDown();
                  go.await();
                  return task.call();
                }));
      }
      ready.await(30, TimeUnit.SECONDS);
      go.countDown();
      List<T> results = new ArrayList<>();
      for (Future<T> future : futures) {
        results.add(future.get(5, TimeUnit.MINUTES));
      }
      return results;
    } finally {
      pool.shutdownNow();
    }
  }
}
