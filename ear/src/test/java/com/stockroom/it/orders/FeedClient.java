package com.stockroom.it.orders;

import com.stockroom.it.Environment;
import io.restassured.path.json.JsonPath;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import java.util.stream.Stream;

/** A client of the live order feed, as a browser's EventSource would read it. */
final class FeedClient implements AutoCloseable {

  record Event(String id, String type, String data) {}

  private static final HttpClient HTTP =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

  private final BlockingQueue<Event> events = new LinkedBlockingQueue<>();
  private final HttpResponse<Stream<String>> response;
  private final Thread reader;

  private FeedClient(HttpResponse<Stream<String>> response) {
    this.response = response;
    this.reader = new Thread(this::read, "feed-client");
    reader.setDaemon(true);
    reader.start();
  }

  /** Connects with the token; {@code lastEventId} resumes after that event when not null. */
  static FeedClient connect(String token, String lastEventId) {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create(Environment.baseUri() + "/api/orders/events"))
            .header("Authorization", "Bearer " + token)
            .header("Accept", "text/event-stream");
    if (lastEventId != null) {
      request.header("Last-Event-ID", lastEventId);
    }
    try {
      HttpResponse<Stream<String>> response =
          HTTP.send(request.build(), HttpResponse.BodyHandlers.ofLines());
      if (response.statusCode() != 200) {
        String body = String.join("\n", response.body().toList());
        throw new IllegalStateException("feed answered " + response.statusCode() + ": " + body);
      }
      return new FeedClient(response);
    } catch (IOException e) {
      throw new IllegalStateException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /** The status and body of a connection attempt that is refused. */
  static HttpResponse<String> attempt(String token, String lastEventId) throws Exception {
    return HTTP.send(
        HttpRequest.newBuilder(URI.create(Environment.baseUri() + "/api/orders/events"))
            .header("Authorization", "Bearer " + token)
            .header("Accept", "text/event-stream")
            .header("Last-Event-ID", lastEventId)
            .build(),
        HttpResponse.BodyHandlers.ofString());
  }

  /** The next {@code count} events, waiting at most {@code limit} for them. */
  List<Event> next(int count, Duration limit) throws InterruptedException {
    return next(count, limit, event -> true);
  }

  /** The next {@code count} events that {@code wanted} accepts, skipping others. */
  List<Event> next(int count, Duration limit, Predicate<Event> wanted) throws InterruptedException {
    List<Event> received = new ArrayList<>();
    long deadline = System.nanoTime() + limit.toNanos();
    while (received.size() < count) {
      Event event = events.poll(deadline - System.nanoTime(), TimeUnit.NANOSECONDS);
      if (event == null) {
        break;
      }
      if (wanted.test(event)) {
        received.add(event);
      }
    }
    return received;
  }

  /** Whether the event is about one of these orders. */
  static Predicate<Event> about(Set<String> orderIds) {
    return event -> orderIds.contains(JsonPath.from(event.data()).getString("orderId"));
  }

  /** Events that arrived within {@code quiet}, without waiting for a count. */
  List<Event> drain(Duration quiet) throws InterruptedException {
    return next(Integer.MAX_VALUE, quiet);
  }

  private void read() {
    String id = null;
    String type = null;
    StringBuilder data = new StringBuilder();
    try (Stream<String> lines = response.body()) {
      for (String line : (Iterable<String>) lines::iterator) {
        if (line.isEmpty()) {
          if (data.length() > 0) {
            events.add(new Event(id, type, data.toString()));
          }
          id = null;
          type = null;
          data.setLength(0);
        } else if (line.startsWith("id:")) {
          id = line.substring(3).trim();
        } else if (line.startsWith("event:")) {
          type = line.substring(6).trim();
        } else if (line.startsWith("data:")) {
          data.append(data.length() > 0 ? "\n" : "").append(line.substring(5).trim());
        }
      }
    } catch (RuntimeException closed) {
      // The stream ends when the test closes it.
    }
  }

  @Override
  public void close() {
    response.body().close();
    reader.interrupt();
  }
}
