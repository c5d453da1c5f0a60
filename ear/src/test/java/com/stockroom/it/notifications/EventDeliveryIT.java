package com.stockroom.it.notifications;

import static com.stockroom.it.notifications.Payloads.line;
import static com.stockroom.it.notifications.Payloads.stockItem;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import com.stockroom.it.Environment;
import com.stockroom.it.ServerTest;
import com.stockroom.it.notifications.EventProducer.Event;
import com.stockroom.it.notifications.NotificationsApi.Subscription;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.mail.Multipart;
import jakarta.mail.internet.MimeMessage;
import java.io.StringReader;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Events of each type, published in a transaction as catalog and orders publish them, reach their
 * e-mail recipients (GreenMail) and webhook subscribers (WireMock) once, with the event id; a
 * rolled-back transaction reaches no one.
 */
class EventDeliveryIT extends ServerTest {

  private static final List<String> STAFF = List.of("ops@stockroom.test", "buyer@stockroom.test");

  private static WebhookReceiver receiver;
  private final NotificationsApi api = NotificationsApi.suite();
  private final EventProducer producer = new EventProducer(Environment.baseUri());

  @Deployment(testable = false)
  static WebArchive eventProducer() {
    return EventProducer.archive();
  }

  @BeforeAll
  static void startReceivers() {
    Mailbox.server();
    receiver = new WebhookReceiver();
  }

  @AfterAll
  static void stopReceiver() {
    receiver.close();
  }

  @Test
  void anOrderPlacedSendsTheCustomerOneEmailWithTheLinesAndTheTotal() throws Exception {
    String customer = "ann-" + UUID.randomUUID() + "@example.test";
    JsonObject order =
        Payloads.orderPlaced(
            "1042",
            customer,
            line("TEA-001", "Green tea <100 g>", 2, 450),
            line("CUP-002", "Cup & saucer", 1, 1290));

    String eventId =
        producer.publish(Event.to("order.placed", "order:1042", order, customer)).get(0);

    api.awaitStatus(eventId, "EMAIL", "DELIVERED");
    List<MimeMessage> mail = Mailbox.to(customer);
    assertThat(mail).hasSize(1);
    MimeMessage message = mail.get(0);
    assertThat(message.getSubject()).isEqualTo("Your order 1042 is placed");
    assertThat(Mailbox.header(message, "Stockroom-Event-Id")).isEqualTo(eventId);
    assertThat(Mailbox.header(message, "Stockroom-Event")).isEqualTo("order.placed");
    assertThat(message.getFrom()[0].toString()).contains("shop@stockroom.local");
    Multipart parts = (Multipart) message.getContent();
    assertThat(parts.getCount()).isEqualTo(2);
    assertThat(parts.getBodyPart(0).getContentType()).startsWith("text/plain");
    assertThat(parts.getBodyPart(1).getContentType()).startsWith("text/html");
    assertThat(text(message))
        .contains("TEA-001  |  Green tea <100 g>  |  2  |  4.50 EUR  |  9.00 EUR")
        .contains("CUP-002  |  Cup & saucer  |  1  |  12.90 EUR  |  12.90 EUR")
        .contains("Total: 21.90 EUR")
        .contains(eventId);
    assertThat((String) parts.getBodyPart(1).getContent())
        .contains("<td>Green tea &lt;100 g&gt;</td>")
        .contains("<td>12.90 EUR</td>")
        .contains("Total: 21.90 EUR");
  }

  @Test
  void aStockDropThroughTheThresholdSendsOneDigestToEachStaffMailboxAndOneSignedWebhook()
      throws Exception {
    Subscription subscription = api.subscribe(receiver.acceptingEndpoint(), "inventory.low_stock");
    String sku = "TEA-" + UUID.randomUUID().toString().substring(0, 8);
    JsonObject alert =
        Payloads.lowStock(stockItem(sku, "Green tea", 3, 5), stockItem("CUP-002", "Cup", 0, 2));

    String eventId =
        producer.publish(Event.toStaff("inventory.low_stock", "sku:" + sku, alert)).get(0);

    await()
        .atMost(NotificationsApi.DEADLINE)
        .until(
            () ->
                api.deliveriesOf(eventId).stream()
                    .filter(d -> "DELIVERED".equals(d.get("status")))
                    .count(),
            delivered -> delivered == 3);
    for (String staff : STAFF) {
      List<MimeMessage> digests =
          Mailbox.about(eventId).stream().filter(m -> addressedTo(m, staff)).toList();
      assertThat(digests).as(staff).hasSize(1);
      assertThat(digests.get(0).getSubject())
          .isEqualTo("Low stock: " + sku + " Green tea (3 left) and 1 more");
      assertThat(text(digests.get(0))).contains("CUP-002  |  Cup  |  Leafy  |  0  |  2 (critical)");
    }
    assertThat(Mailbox.about(eventId)).hasSize(2);

    List<LoggedRequest> hooks = receiver.received(subscription.url(), eventId);
    assertThat(hooks).hasSize(1);
    LoggedRequest hook = hooks.get(0);
    assertThat(WebhookReceiver.signatureIsValid(hook, subscription.secret(), 300)).isTrue();
    assertThat(hook.getHeader("Stockroom-Event")).isEqualTo("inventory.low_stock");
    assertThat(hook.getBodyAsString()).isEqualTo(alert.toString());
    JsonObject body = parse(hook.getBodyAsString());
    assertThat(body.keySet()).containsExactly("most_recent", "other");
    assertThat(body.getJsonObject("most_recent").getString("sku")).isEqualTo(sku);
    assertThat(body.getJsonArray("other")).hasSize(1);
    api.delete(subscription);
  }

  @Test
  void aRolledBackTransactionSendsNothing() throws Exception {
    Subscription subscription = api.subscribe(receiver.acceptingEndpoint(), "order.placed");
    String rolledBackCustomer = "rolled-back-" + UUID.randomUUID() + "@example.test";
    String laterCustomer = "later-" + UUID.randomUUID() + "@example.test";

    String rolledBack =
        producer
            .publishThenRollBack(
                Event.to(
                    "order.placed",
                    "order:1",
                    Payloads.orderPlaced("1", rolledBackCustomer),
                    rolledBackCustomer))
            .get(0);
    // A commit after the rollback: once its messages are out, the dispatcher has looked at
    // everything committed before it.
    String later =
        producer
            .publish(
                Event.to(
                    "order.placed",
                    "order:2",
                    Payloads.orderPlaced("2", laterCustomer),
                    laterCustomer))
            .get(0);
    api.awaitStatus(later, "EMAIL", "DELIVERED");
    api.awaitStatus(later, "WEBHOOK", "DELIVERED");

    assertThat(Mailbox.to(rolledBackCustomer)).isEmpty();
    assertThat(Mailbox.about(rolledBack)).isEmpty();
    assertThat(receiver.received(subscription.url(), rolledBack)).isEmpty();
    assertThat(receiver.received(subscription.url())).hasSize(1);
    assertThat(api.deliveriesOf(rolledBack)).isEmpty();
    try (Connection db = Environment.primary();
        PreparedStatement query =
            db.prepareStatement("SELECT count(*) FROM notifications.outbox_event WHERE id = ?")) {
      query.setObject(1, UUID.fromString(rolledBack));
      try (ResultSet rs = query.executeQuery()) {
        rs.next();
        assertThat(rs.getInt(1)).isZero();
      }
    }
    api.delete(subscription);
  }

  @Test
  void everyEventTypeReachesItsRecipientAndItsSubscribers() {
    Subscription subscription =
        api.subscribe(
            receiver.acceptingEndpoint(),
            "order.placed",
            "order.status_changed",
            "order.cancelled",
            "inventory.low_stock",
            "inventory.out_of_stock",
            "cart.reservation_confirmed",
            "cart.reservation_failed");
    String customer = "cyd-" + UUID.randomUUID() + "@example.test";
    String brand = "stock-" + UUID.randomUUID() + "@leafy.test";
    List<String> ids =
        producer.publish(
            Event.to("order.placed", "order:7", Payloads.orderPlaced("7", customer), customer),
            Event.to(
                "order.status_changed",
                "order:7",
                Payloads.statusChanged("7", customer, "WAITING", "PREPARATION"),
                customer),
            Event.to("order.cancelled", "order:7", Payloads.cancelled("7", customer), customer),
            Event.toStaff(
                "inventory.low_stock",
                "sku:TEA-007",
                Payloads.lowStock(stockItem("TEA-007", "Tea", 1, 3))),
            Event.to(
                "inventory.out_of_stock",
                "sku:TEA-007",
                Payloads.outOfStock("TEA-007", brand),
                brand),
            Event.to(
                "cart.reservation_confirmed",
                "sku:TEA-007",
                Payloads.reservationConfirmed(customer, "TEA-007", "R-1"),
                customer),
            Event.to(
                "cart.reservation_failed",
                "sku:TEA-007",
                Payloads.reservationFailed(customer, "TEA-007", "sold out at the supplier"),
                customer));
    Map<String, String> subjects =
        Map.of(
            ids.get(0), "Your order 7 is placed",
            ids.get(1), "Your order 7 is in preparation",
            ids.get(2), "Your order 7 is cancelled",
            ids.get(3), "Low stock: TEA-007 Tea (1 left)",
            ids.get(4), "Out of stock: TEA-007 Green tea",
            ids.get(5), "Your reservation of TEA-007 is confirmed",
            ids.get(6), "We could not reserve TEA-007");
    for (String id : ids) {
      api.awaitStatus(id, "WEBHOOK", "DELIVERED");
      api.awaitStatus(id, "EMAIL", "DELIVERED");
      assertThat(receiver.received(subscription.url(), id)).hasSize(1);
      List<MimeMessage> mail = Mailbox.about(id);
      assertThat(mail).as(subjects.get(id)).isNotEmpty();
      assertThat(subjectOf(mail.get(0))).isEqualTo(subjects.get(id));
    }
    assertThat(Mailbox.to(brand)).hasSize(1);
    assertThat(Mailbox.to(customer)).hasSize(5);
    assertThat(receiver.received(subscription.url()))
        .extracting(r -> r.getHeader("Stockroom-Event"))
        .containsExactlyInAnyOrder(
            "order.placed",
            "order.status_changed",
            "order.cancelled",
            "inventory.low_stock",
            "inventory.out_of_stock",
            "cart.reservation_confirmed",
            "cart.reservation_failed");
    api.delete(subscription);
  }

  @Test
  void aPausedSubscriptionHoldsItsDeliveriesUntilItIsResumed() {
    Subscription held = api.subscribe(receiver.acceptingEndpoint(), "order.cancelled");
    Subscription open = api.subscribe(receiver.acceptingEndpoint(), "order.cancelled");
    api.pause(held);

    String first =
        producer
            .publish(
                Event.to("order.cancelled", "order:8", Payloads.cancelled("8", "x@example.test")))
            .get(0);
    String second =
        producer
            .publish(
                Event.to("order.cancelled", "order:9", Payloads.cancelled("9", "x@example.test")))
            .get(0);
    // The open subscription got both, so the dispatcher has been through both: the held one waits.
    await()
        .atMost(NotificationsApi.DEADLINE)
        .until(() -> receiver.received(open.url()).size() == 2);
    assertThat(receiver.received(held.url())).isEmpty();
    // (The receiver sees a request before the node records it: wait for the record.)
    await()
        .atMost(NotificationsApi.DEADLINE)
        .untilAsserted(
            () ->
                assertThat(api.deliveriesOf(first).stream().map(d -> d.get("status")))
                    .containsExactlyInAnyOrder("DELIVERED", "PENDING"));

    api.resume(held);
    await()
        .atMost(NotificationsApi.DEADLINE)
        .until(() -> receiver.received(held.url()).size() == 2);
    assertThat(receiver.received(held.url(), first)).hasSize(1);
    assertThat(receiver.received(held.url(), second)).hasSize(1);
    api.delete(held);
    api.delete(open);
  }

  @Test
  void aPayloadItsEmailCannotBeWrittenFromEndsDeadAtOnceWithTheReason() {
    String customer = "broken-" + UUID.randomUUID() + "@example.test";
    JsonObject withoutLines =
        Json.createObjectBuilder()
            .add("orderId", "5")
            .add("status", "WAITING")
            .add("placedAt", "2026-11-22T10:15:30Z")
            .add("total", Payloads.money(100))
            .build();
    String eventId =
        producer.publish(Event.to("order.placed", "order:5", withoutLines, customer)).get(0);
    Map<String, Object> dead = api.awaitStatus(eventId, "EMAIL", "DEAD");
    assertThat(dead.get("attemptCount")).isEqualTo(1);
    assertThat(dead.get("lastError")).isEqualTo("cannot write the e-mail: payload has no lines");
    assertThat(Mailbox.to(customer)).isEmpty();
  }

  private static boolean addressedTo(MimeMessage message, String address) {
    return Mailbox.to(address).contains(message);
  }

  private static String subjectOf(MimeMessage message) {
    try {
      return message.getSubject();
    } catch (jakarta.mail.MessagingException e) {
      throw new IllegalStateException(e);
    }
  }

  /** The plain-text part, decoded as a mail client shows it. */
  private static String text(MimeMessage message) throws Exception {
    return (String) ((Multipart) message.getContent()).getBodyPart(0).getContent();
  }

  private static JsonObject parse(String json) {
    try (JsonReader reader = Json.createReader(new StringReader(json))) {
      return reader.readObject();
    }
  }
}
