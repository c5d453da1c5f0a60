package com.stockroom.it.notifications.producer;

import com.stockroom.notifications.api.EventPublisher;
import com.stockroom.notifications.api.OutboundEvent;
import com.stockroom.notifications.api.Recipients;
import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.transaction.UserTransaction;
import java.io.IOException;
import java.util.List;
import java.util.UUID;

/**
 * Stands in for the modules that publish (catalog, orders) until their own tests drive real
 * changes: publishes the posted events through {@link EventPublisher} in one transaction, then
 * commits it, or, with {@code "failAfterPublishing": true}, fails the way a producer whose
 * validation fails after it published does, and rolls back.
 *
 * <p>Request: {@code {"events": [{"type", "subject", "payload", "emails": [...], "staff": bool}],
 * "failAfterPublishing": bool}}. Answer: {@code {"eventIds": [...], "committed": bool}}.
 *
 * <p>Deployed only by the tests, beside the EAR; never part of the product.
 */
@WebServlet("/events")
public class EventProducerServlet extends HttpServlet {

  private static final long serialVersionUID = 1L;

  @EJB(
      lookup =
          "java:global/stockroom/notifications/Outbox!com.stockroom.notifications.api.EventPublisher")
  private transient EventPublisher publisher;

  @Resource private transient UserTransaction transaction;

  @Override
  protected void doPost(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    JsonObject body;
    try (JsonReader reader = Json.createReader(request.getInputStream())) {
      body = reader.readObject();
    }
    JsonArrayBuilder ids = Json.createArrayBuilder();
    boolean committed;
    try {
      transaction.begin();
      try {
        for (JsonValue value : body.getJsonArray("events")) {
          JsonObject event = value.asJsonObject();
          List<String> emails =
              event.containsKey("emails")
                  ? event.getJsonArray("emails").getValuesAs(JsonString.class).stream()
                      .map(JsonString::getString)
                      .toList()
                  : List.of();
          UUID id =
              publisher.publish(
                  new OutboundEvent(
                      event.getString("type"),
                      event.getString("subject"),
                      event.getJsonObject("payload"),
                      new Recipients(emails, event.getBoolean("staff", false))));
          ids.add(id.toString());
        }
        if (body.getBoolean("failAfterPublishing", false)) {
          throw new IllegalStateException("validation failed after publishing");
        }
        transaction.commit();
        committed = true;
      } catch (IllegalStateException validationFailed) {
        transaction.rollback();
        committed = false;
      }
    } catch (Exception e) {
      throw new IOException("publishing failed", e);
    }
    response.setStatus(committed ? 200 : 422);
    response.setContentType("application/json");
    response
        .getWriter()
        .write(
            Json.createObjectBuilder()
                .add("eventIds", ids)
                .add("committed", committed)
                .build()
                .toString());
  }
}
