package com.stockroom.it.notifications;

import static io.restassured.RestAssured.given;

import com.stockroom.it.notifications.producer.EventProducerServlet;
import io.restassured.response.Response;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import java.util.List;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.asset.StringAsset;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/**
 * Publishes events as catalog and orders will, through the real {@code EventPublisher} inside the
 * server, by way of a small test-only web archive ({@link EventProducerServlet}) deployed beside
 * the EAR. Tests that need events of a given type and payload use it; tests that need any event use
 * the product's own "send a test event" instead.
 */
public final class EventProducer {

  public static final String ARCHIVE = "event-producer.war";

  private final String baseUri;

  public EventProducer(String baseUri) {
    this.baseUri = baseUri;
  }

  /** The web archive; it sees the notifications api through the EAR's module. */
  public static WebArchive archive() {
    return ShrinkWrap.create(WebArchive.class, ARCHIVE)
        .addClass(EventProducerServlet.class)
        .setManifest(
            new StringAsset(
                "Manifest-Version: 1.0\nDependencies: deployment.stockroom.ear.notifications.jar\n"));
  }

  /** A committed publication; returns the event ids in order. */
  public List<String> publish(Event... events) {
    Response response = post(false, events);
    response.then().statusCode(200);
    return response.jsonPath().getList("eventIds", String.class);
  }

  /** Publishes, then fails and rolls back in the same transaction; returns the ids it got. */
  public List<String> publishThenRollBack(Event... events) {
    Response response = post(true, events);
    response.then().statusCode(422);
    return response.jsonPath().getList("eventIds", String.class);
  }

  private Response post(boolean failAfterPublishing, Event... events) {
    JsonArrayBuilder array = Json.createArrayBuilder();
    for (Event event : events) {
      array.add(
          Json.createObjectBuilder()
              .add("type", event.type())
              .add("subject", event.subject())
              .add("payload", event.payload())
              .add("emails", Json.createArrayBuilder(event.emails()))
              .add("staff", event.staff()));
    }
    return given()
        .baseUri(baseUri)
        .contentType("application/json")
        .body(
            Json.createObjectBuilder()
                .add("events", array)
                .add("failAfterPublishing", failAfterPublishing)
                .build()
                .toString())
        .post("/event-producer/events");
  }

  /** One event to publish, addressed as {@code Recipients} would be. */
  public record Event(
      String type, String subject, JsonObject payload, List<String> emails, boolean staff) {

    public static Event to(String type, String subject, JsonObject payload, String... emails) {
      return new Event(type, subject, payload, List.of(emails), false);
    }

    public static Event toStaff(String type, String subject, JsonObject payload) {
      return new Event(type, subject, payload, List.of(), true);
    }
  }
}
