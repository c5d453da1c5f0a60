package com.stockroom.it.notifications;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;

/** Event payloads shaped as {@code EventTypes} documents them, as catalog and orders publish. */
final class Payloads {

  private Payloads() {}

  static JsonObjectBuilder money(long amount) {
    return Json.createObjectBuilder().add("amount", amount).add("currency", "EUR");
  }

  static JsonObjectBuilder line(String sku, String name, int quantity, long unitPrice) {
    return Json.createObjectBuilder()
        .add("sku", sku)
        .add("name", name)
        .add("quantity", quantity)
        .add("unitPrice", money(unitPrice))
        .add("lineTotal", money(unitPrice * quantity));
  }

  static JsonObject orderPlaced(String orderId, String email, JsonObjectBuilder... lines) {
    JsonArrayBuilder array = Json.createArrayBuilder();
    long total = 0;
    for (JsonObjectBuilder line : lines) {
      JsonObject built = line.build();
      total += built.getJsonObject("lineTotal").getJsonNumber("amount").longValue();
      array.add(built);
    }
    return Json.createObjectBuilder()
        .add("orderId", orderId)
        .add("customerId", "42")
        .add("customerEmail", email)
        .add("status", "WAITING")
        .add("placedAt", "2026-11-22T10:15:30Z")
        .add("total", money(total))
        .add("lines", array)
        .build();
  }

  static JsonObject orderPlaced(String orderId, String email) {
    return orderPlaced(orderId, email, line("TEA-001", "Green tea", 1, 450));
  }

  static JsonObjectBuilder stockItem(String sku, String name, int quantity, int alertAt) {
    return Json.createObjectBuilder()
        .add("id", sku.hashCode() & 0xffff)
        .add("sku", sku)
        .add("name", name)
        .add("brand", "Leafy")
        .add("price", money(450))
        .add("quantity", quantity)
        .add(
            "alert",
            Json.createObjectBuilder().add("quantity", alertAt).add("critical", quantity == 0))
        .add("created_at", "2026-11-01T08:00:00Z");
  }

  static JsonObject lowStock(JsonObjectBuilder mostRecent, JsonObjectBuilder... others) {
    JsonArrayBuilder other = Json.createArrayBuilder();
    for (JsonObjectBuilder item : others) {
      other.add(item);
    }
    return Json.createObjectBuilder().add("most_recent", mostRecent).add("other", other).build();
  }

  static JsonObject statusChanged(String orderId, String email, String from, String to) {
    return Json.createObjectBuilder()
        .add("orderId", orderId)
        .add("customerId", "42")
        .add("customerEmail", email)
        .add("from", from)
        .add("to", to)
        .add("changedAt", "2026-11-22T11:00:00Z")
        .add("changedBy", "user:7")
        .build();
  }

  static JsonObject cancelled(String orderId, String email) {
    return Json.createObjectBuilder()
        .add("orderId", orderId)
        .add("customerId", "42")
        .add("customerEmail", email)
        .add("cancelledAt", "2026-11-22T11:30:00Z")
        .add("cancelledBy", "user:42")
        .build();
  }

  static JsonObject outOfStock(String sku, String brandEmail) {
    return Json.createObjectBuilder()
        .add("sku", sku)
        .add("productId", "77")
        .add("name", "Green tea")
        .add(
            "brand",
            Json.createObjectBuilder()
                .add("id", "4")
                .add("name", "Leafy")
                .add("contactEmail", brandEmail))
        .add("occurredAt", "2026-11-22T12:00:00Z")
        .build();
  }

  static JsonObject reservationConfirmed(String email, String sku, String reservationId) {
    return Json.createObjectBuilder()
        .add("customerId", "42")
        .add("customerEmail", email)
        .add("sku", sku)
        .add("quantity", 2)
        .add("reservationId", reservationId)
        .build();
  }

  static JsonObject reservationFailed(String email, String sku, String reason) {
    return Json.createObjectBuilder()
        .add("customerId", "42")
        .add("customerEmail", email)
        .add("sku", sku)
        .add("quantity", 2)
        .add("reason", reason)
        .build();
  }
}
