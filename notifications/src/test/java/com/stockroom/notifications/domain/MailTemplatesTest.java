package com.stockroom.notifications.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.stockroom.notifications.api.EventTypes;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import org.junit.jupiter.api.Test;

class MailTemplatesTest {

  private static final String EVENT_ID = "7d1f3a8e-0000-4000-8000-000000000001";

  @Test
  void orderPlacedListsEveryLineAndTheTotalInTextAndHtml() {
    JsonObject payload =
        Json.createObjectBuilder()
            .add("orderId", "1042")
            .add("customerId", "7")
            .add("customerEmail", "ann@example.test")
            .add("status", "WAITING")
            .add("placedAt", "2026-11-22T10:15:30Z")
            .add("total", money(1350, "EUR"))
            .add(
                "lines",
                Json.createArrayBuilder()
                    .add(line("TEA-001", "Green tea <100 g>", 2, 450))
                    .add(line("CUP-002", "Cup & saucer", 1, 450)))
            .build();

    MailContent mail = MailTemplates.render(EventTypes.ORDER_PLACED, payload, EVENT_ID);

    assertThat(mail.subject()).isEqualTo("Your order 1042 is placed");
    assertThat(mail.text())
        .contains("TEA-001  |  Green tea <100 g>  |  2  |  4.50 EUR  |  9.00 EUR")
        .contains("CUP-002  |  Cup & saucer  |  1  |  4.50 EUR  |  4.50 EUR")
        .contains("Total: 13.50 EUR")
        .contains("Status: waiting")
        .contains(EVENT_ID);
    assertThat(mail.html())
        .contains("<td>Green tea &lt;100 g&gt;</td>")
        .contains("<td>Cup &amp; saucer</td>")
        .contains("Total: 13.50 EUR")
        .doesNotContain("<100 g>")
        .contains(EVENT_ID);
  }

  @Test
  void moneyUsesTheCurrencysMinorUnits() {
    assertThat(MailTemplates.formatMoney(1250, "EUR")).isEqualTo("12.50 EUR");
    assertThat(MailTemplates.formatMoney(5, "EUR")).isEqualTo("0.05 EUR");
    assertThat(MailTemplates.formatMoney(1250, "JPY")).isEqualTo("1250 JPY");
    assertThat(MailTemplates.formatMoney(-300, "USD")).isEqualTo("-3.00 USD");
    assertThatThrownBy(() -> MailTemplates.formatMoney(1, "XYZ"))
        .isInstanceOf(TemplateException.class);
  }

  @Test
  void lowStockDigestShowsTheMostRecentItemAndEveryOtherTrippedOne() {
    JsonObject payload =
        Json.createObjectBuilder()
            .add("most_recent", item("TEA-001", "Green tea", 3, 5, false))
            .add(
                "other",
                Json.createArrayBuilder()
                    .add(item("CUP-002", "Cup", 0, 2, true))
                    .add(item("POT-003", "Teapot", 1, 4, false)))
            .build();

    MailContent mail = MailTemplates.render(EventTypes.LOW_STOCK, payload, EVENT_ID);

    assertThat(mail.subject()).isEqualTo("Low stock: TEA-001 Green tea (3 left) and 2 more");
    assertThat(mail.text())
        .contains("TEA-001 Green tea (Leafy) has 3 in stock, alert at 5.")
        .contains("CUP-002  |  Cup  |  Leafy  |  0  |  2 (critical)")
        .contains("POT-003  |  Teapot  |  Leafy  |  1  |  4");
  }

  @Test
  void lowStockWithNothingElseTrippedSaysSo() {
    JsonObject payload =
        Json.createObjectBuilder()
            .add("most_recent", item("TEA-001", "Green tea", 3, 5, true))
            .add("other", Json.createArrayBuilder())
            .build();
    MailContent mail = MailTemplates.render(EventTypes.LOW_STOCK, payload, EVENT_ID);
    assertThat(mail.subject()).isEqualTo("Low stock: TEA-001 Green tea (3 left)");
    assertThat(mail.text()).contains("Critical.").contains("No other SKU");
  }

  @Test
  void everyPublishableTypeHasATemplate() {
    JsonObject status =
        Json.createObjectBuilder()
            .add("orderId", "9")
            .add("from", "WAITING")
            .add("to", "PREPARATION")
            .add("changedAt", "2026-11-22T10:00:00Z")
            .build();
    assertThat(MailTemplates.render(EventTypes.ORDER_STATUS_CHANGED, status, EVENT_ID).subject())
        .isEqualTo("Your order 9 is in preparation");
    JsonObject cancelled =
        Json.createObjectBuilder()
            .add("orderId", "9")
            .add("cancelledAt", "2026-11-22T10:00:00Z")
            .build();
    assertThat(MailTemplates.render(EventTypes.ORDER_CANCELLED, cancelled, EVENT_ID).subject())
        .isEqualTo("Your order 9 is cancelled");
    JsonObject outOfStock =
        Json.createObjectBuilder()
            .add("sku", "TEA-001")
            .add("name", "Green tea")
            .add(
                "brand",
                Json.createObjectBuilder()
                    .add("id", "4")
                    .add("name", "Leafy")
                    .add("contactEmail", "stock@leafy.test"))
            .add("occurredAt", "2026-11-22T10:00:00Z")
            .build();
    MailContent out = MailTemplates.render(EventTypes.OUT_OF_STOCK, outOfStock, EVENT_ID);
    assertThat(out.subject()).isEqualTo("Out of stock: TEA-001 Green tea");
    assertThat(out.text()).startsWith("Hello Leafy,");
    JsonObject confirmed =
        Json.createObjectBuilder()
            .add("sku", "TEA-001")
            .add("quantity", 2)
            .add("reservationId", "R-77")
            .build();
    assertThat(MailTemplates.render(EventTypes.RESERVATION_CONFIRMED, confirmed, EVENT_ID).text())
        .contains("2 × TEA-001 are reserved for you (reservation R-77)");
    JsonObject failed =
        Json.createObjectBuilder()
            .add("sku", "TEA-001")
            .add("quantity", 2)
            .add("reason", "sold out at the supplier")
            .build();
    assertThat(MailTemplates.render(EventTypes.RESERVATION_FAILED, failed, EVENT_ID).text())
        .contains("sold out at the supplier");
    for (String type : EventTypes.PUBLISHABLE) {
      assertThat(MailTemplates.hasTemplate(type)).as(type).isTrue();
    }
    assertThat(MailTemplates.hasTemplate(EventTypes.WEBHOOK_TEST)).isFalse();
  }

  @Test
  void aMissingFieldNamesItsPath() {
    JsonObject payload =
        Json.createObjectBuilder()
            .add("orderId", "1")
            .add("status", "WAITING")
            .add("placedAt", "2026-11-22T10:15:30Z")
            .add("total", money(100, "EUR"))
            .add(
                "lines",
                Json.createArrayBuilder()
                    .add(Json.createObjectBuilder().add("sku", "A").add("name", "a")))
            .build();
    assertThatThrownBy(() -> MailTemplates.render(EventTypes.ORDER_PLACED, payload, EVENT_ID))
        .isInstanceOf(TemplateException.class)
        .hasMessage("payload has no lines[0].quantity");
  }

  private static JsonObjectBuilder money(long amount, String currency) {
    return Json.createObjectBuilder().add("amount", amount).add("currency", currency);
  }

  private static JsonObjectBuilder line(String sku, String name, int quantity, long unitPrice) {
    return Json.createObjectBuilder()
        .add("sku", sku)
        .add("name", name)
        .add("quantity", quantity)
        .add("unitPrice", money(unitPrice, "EUR"))
        .add("lineTotal", money(unitPrice * quantity, "EUR"));
  }

  private static JsonObjectBuilder item(
      String sku, String name, int quantity, int alertAt, boolean critical) {
    return Json.createObjectBuilder()
        .add("id", "1")
        .add("sku", sku)
        .add("name", name)
        .add("brand", "Leafy")
        .add("price", money(450, "EUR"))
        .add("quantity", quantity)
        .add("alert", Json.createObjectBuilder().add("quantity", alertAt).add("critical", critical))
        .add("created_at", "2026-11-22T10:00:00Z");
  }
}
