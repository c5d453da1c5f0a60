package com.stockroom.notifications.domain;

import com.stockroom.notifications.api.EventTypes;
import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.math.BigDecimal;
import java.util.Currency;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The e-mails of each event type, in plain text and HTML. Every value from the payload is escaped
 * in the HTML; a missing field the message needs is a {@link TemplateException}. Each message ends
 * with the event id, which is also in the {@code Stockroom-Event-Id} header.
 */
public final class MailTemplates {

  private MailTemplates() {}

  /** Whether events of this type are sent by e-mail at all. */
  public static boolean hasTemplate(String eventType) {
    return EventTypes.PUBLISHABLE.contains(eventType);
  }

  public static MailContent render(String eventType, JsonObject payload, String eventId) {
    Message message = new Message(eventId);
    Fields p = new Fields(payload, "");
    switch (eventType) {
      case EventTypes.ORDER_PLACED -> orderPlaced(p, message);
      case EventTypes.ORDER_STATUS_CHANGED -> orderStatusChanged(p, message);
      case EventTypes.ORDER_CANCELLED -> orderCancelled(p, message);
      case EventTypes.LOW_STOCK -> lowStock(p, message);
      case EventTypes.OUT_OF_STOCK -> outOfStock(p, message);
      case EventTypes.RESERVATION_CONFIRMED -> reservationConfirmed(p, message);
      case EventTypes.RESERVATION_FAILED -> reservationFailed(p, message);
      default -> throw new TemplateException("no e-mail template for event type " + eventType);
    }
    return message.build();
  }

  private static void orderPlaced(Fields p, Message m) {
    String orderId = p.text("orderId");
    m.subject("Your order " + orderId + " is placed");
    m.paragraph("Thank you for your order " + orderId + ", placed " + p.text("placedAt") + ".");
    List<List<String>> rows =
        p.objects("lines").stream()
            .map(
                line ->
                    List.of(
                        line.text("sku"),
                        line.text("name"),
                        Long.toString(line.number("quantity")),
                        line.money("unitPrice"),
                        line.money("lineTotal")))
            .toList();
    m.table(List.of("SKU", "Item", "Quantity", "Unit price", "Line total"), rows);
    m.paragraph("Total: " + p.money("total"));
    m.paragraph(
        "Status: "
            + statusWords(p.text("status"))
            + ". We will write to you again when it changes.");
  }

  private static void orderStatusChanged(Fields p, Message m) {
    String orderId = p.text("orderId");
    String to = statusWords(p.text("to"));
    m.subject("Your order " + orderId + " is " + to);
    m.paragraph(
        "Your order "
            + orderId
            + " moved from "
            + statusWords(p.text("from"))
            + " to "
            + to
            + " at "
            + p.text("changedAt")
            + ".");
  }

  private static void orderCancelled(Fields p, Message m) {
    String orderId = p.text("orderId");
    m.subject("Your order " + orderId + " is cancelled");
    m.paragraph("Your order " + orderId + " was cancelled at " + p.text("cancelledAt") + ".");
    m.paragraph("Nothing will be charged or sent for it.");
  }

  private static void lowStock(Fields p, Message m) {
    Fields recent = p.object("most_recent");
    List<Fields> others = p.objects("other");
    m.subject(
        "Low stock: "
            + recent.text("sku")
            + " "
            + recent.text("name")
            + " ("
            + recent.number("quantity")
            + " left)"
            + (others.isEmpty() ? "" : " and " + others.size() + " more"));
    m.paragraph(
        "Just now: "
            + describeLowItem(recent)
            + (recent.object("alert").flag("critical") ? " Critical." : ""));
    if (others.isEmpty()) {
      m.paragraph("No other SKU is below its alert threshold.");
    } else {
      m.paragraph("Also below their alert thresholds:");
      m.table(
          List.of("SKU", "Item", "Brand", "In stock", "Alert at"),
          others.stream()
              .map(
                  item ->
                      List.of(
                          item.text("sku"),
                          item.text("name"),
                          item.brandName(),
                          Long.toString(item.number("quantity")),
                          item.object("alert").number("quantity")
                              + (item.object("alert").flag("critical") ? " (critical)" : "")))
              .toList());
    }
  }

  private static String describeLowItem(Fields item) {
    return item.text("sku")
        + " "
        + item.text("name")
        + " ("
        + item.brandName()
        + ") has "
        + item.number("quantity")
        + " in stock, alert at "
        + item.object("alert").number("quantity")
        + ".";
  }

  private static void outOfStock(Fields p, Message m) {
    Fields brand = p.object("brand");
    m.subject("Out of stock: " + p.text("sku") + " " + p.text("name"));
    m.paragraph("Hello " + brand.text("name") + ",");
    m.paragraph(
        p.name("name")
            + " ("
            + p.text("sku")
            + ") is out of stock since "
            + p.text("occurredAt")
            + ". Please top up its stock.");
  }

  private static void reservationConfirmed(Fields p, Message m) {
    m.subject("Your reservation of " + p.text("sku") + " is confirmed");
    m.paragraph(
        p.number("quantity")
            + " × "
            + p.text("sku")
            + " are reserved for you (reservation "
            + p.text("reservationId")
            + ").");
  }

  private static void reservationFailed(Fields p, Message m) {
    m.subject("We could not reserve " + p.text("sku"));
    m.paragraph(
        "We could not reserve "
            + p.number("quantity")
            + " × "
            + p.text("sku")
            + " for you: "
            + p.text("reason")
            + ". The item is no longer held in your cart.");
  }

  /** Workflow states in words: {@code PREPARATION} reads "in preparation". */
  static String statusWords(String status) {
    return switch (status) {
      case "WAITING" -> "waiting";
      case "PREPARATION" -> "in preparation";
      case "READY" -> "ready";
      case "DELIVERED" -> "delivered";
      case "CANCELLED" -> "cancelled";
      default -> status.toLowerCase(Locale.ROOT).replace('_', ' ');
    };
  }

  /** {@code {"amount": 1250, "currency": "EUR"}} reads {@code 12.50 EUR}. */
  static String formatMoney(long amount, String currency) {
    int digits;
    try {
      digits = Math.max(0, Currency.getInstance(currency).getDefaultFractionDigits());
    } catch (IllegalArgumentException e) {
      throw new TemplateException("unknown currency " + currency);
    }
    return BigDecimal.valueOf(amount, digits).toPlainString() + " " + currency;
  }

  /** Reads a payload, naming the full path of anything missing. */
  private record Fields(JsonObject json, String path) {

    private JsonValue value(String name) {
      JsonValue value = json.get(name);
      if (value == null || value.getValueType() == JsonValue.ValueType.NULL) {
        throw new TemplateException("payload has no " + path + name);
      }
      return value;
    }

    String text(String name) {
      JsonValue value = value(name);
      return switch (value.getValueType()) {
        case STRING -> ((JsonString) value).getString();
        case NUMBER, TRUE, FALSE -> value.toString();
        default -> throw new TemplateException(path + name + " must be a string");
      };
    }

    /** A display name, which may be missing (then the SKU stands in). */
    String name(String name) {
      return json.containsKey(name) ? text(name) : text("sku");
    }

    long number(String name) {
      JsonValue value = value(name);
      if (value instanceof JsonNumber number && number.isIntegral()) {
        return number.longValueExact();
      }
      if (value instanceof JsonString string) {
        try {
          return Long.parseLong(string.getString());
        } catch (NumberFormatException e) {
          throw new TemplateException(path + name + " must be a whole number");
        }
      }
      throw new TemplateException(path + name + " must be a whole number");
    }

    boolean flag(String name) {
      JsonValue value = json.get(name);
      return value != null && value.getValueType() == JsonValue.ValueType.TRUE;
    }

    Fields object(String name) {
      if (value(name) instanceof JsonObject object) {
        return new Fields(object, path + name + ".");
      }
      throw new TemplateException(path + name + " must be an object");
    }

    List<Fields> objects(String name) {
      if (!(value(name) instanceof JsonArray array)) {
        throw new TemplateException(path + name + " must be a list");
      }
      List<Fields> items = new java.util.ArrayList<>();
      for (int i = 0; i < array.size(); i++) {
        if (!(array.get(i) instanceof JsonObject object)) {
          throw new TemplateException(path + name + "[" + i + "] must be an object");
        }
        items.add(new Fields(object, path + name + "[" + i + "]."));
      }
      return items;
    }

    String money(String name) {
      Fields money = object(name);
      return formatMoney(money.number("amount"), money.text("currency"));
    }

    /** A brand is a name or an object with one. */
    String brandName() {
      return Optional.ofNullable(json.get("brand"))
          .map(
              brand ->
                  brand instanceof JsonObject object
                      ? new Fields(object, path + "brand.").text("name")
                      : text("brand"))
          .orElse("no brand");
    }
  }

  /** Builds the text and HTML bodies side by side, escaping every value in the HTML. */
  private static final class Message {
    private final String eventId;
    private final StringBuilder text = new StringBuilder();
    private final StringBuilder html = new StringBuilder();
    private String subject;

    Message(String eventId) {
      this.eventId = eventId;
    }

    void subject(String value) {
      subject = value;
    }

    void paragraph(String value) {
      text.append(value).append("\n\n");
      html.append("<p>").append(escape(value)).append("</p>\n");
    }

    void table(List<String> headings, List<List<String>> rows) {
      for (List<String> row : rows) {
        text.append("  ").append(String.join("  |  ", row)).append('\n');
      }
      text.append('\n');
      html.append("<table border=\"1\" cellpadding=\"4\" cellspacing=\"0\">\n<tr>");
      headings.forEach(h -> html.append("<th>").append(escape(h)).append("</th>"));
      html.append("</tr>\n");
      for (List<String> row : rows) {
        html.append("<tr>");
        row.forEach(cell -> html.append("<td>").append(escape(cell)).append("</td>"));
        html.append("</tr>\n");
      }
      html.append("</table>\n");
    }

    MailContent build() {
      String footer = "Stockroom · reference " + eventId;
      String body = text.append("-- \n").append(footer).append('\n').toString();
      String page =
          "<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\"><title>"
              + escape(subject)
              + "</title></head><body>\n"
              + html
              + "<p style=\"color:#777;font-size:small\">"
              + escape(footer)
              + "</p>\n</body></html>\n";
      return new MailContent(subject, body, page);
    }

    static String escape(String value) {
      StringBuilder out = new StringBuilder(value.length() + 16);
      for (char c : value.toCharArray()) {
        switch (c) {
          case '&' -> out.append("&amp;");
          case '<' -> out.append("&lt;");
          case '>' -> out.append("&gt;");
          case '"' -> out.append("&quot;");
          case '\'' -> out.append("&#39;");
          default -> out.append(c);
        }
      }
      return out.toString();
    }
  }
}
