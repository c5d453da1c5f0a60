package com.stockroom.it.notifications;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import com.stockroom.it.ServerTest;
import com.stockroom.it.StockroomNode;
import com.stockroom.it.notifications.EventProducer.Event;
import com.stockroom.it.notifications.NotificationsApi.Subscription;
import java.nio.file.Files;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A Stockroom server that is alone on a database of its own (so no other node can deliver its
 * events), with no SMTP server configured (as the run command starts it). It is stopped, and
 * killed, right after committing events, and started again each time.
 */
class NodeRestartIT extends ServerTest {

  private static final int SENDERS = 4;

  private static StockroomNode node;
  private static WebhookReceiver receiver;
  private static NotificationsApi api;
  private static EventProducer producer;

  @BeforeAll
  static void startNode() {
    receiver = new WebhookReceiver();
    Map<String, String> environment = new HashMap<>(StockroomNode.ownDatabase("stockroom_restart"));
    environment.put("STOCKROOM_SMTP_HOST", null);
    environment.put("STOCKROOM_SMTP_USER", null);
    environment.put("STOCKROOM_SMTP_PASSWORD", null);
    environment.put("STOCKROOM_NOTIFICATIONS_SENDERS", Integer.toString(SENDERS));
    node = StockroomNode.create("restart", environment, EventProducer.archive()).start();
    api = new NotificationsApi(node.baseUri());
    producer = new EventProducer(node.baseUri());
  }

  @AfterAll
  static void stopNode() {
    node.close();
    receiver.close();
  }

  @Test
  void eventsCommittedJustBeforeTheServerIsStoppedAreDeliveredAfterItStartsAgain() {
    assertEventsCommittedJustBeforeSurvive(node::stop);
  }

  @Test
  void eventsCommittedJustBeforeTheServerIsKilledAreDeliveredAfterItStartsAgain() {
    assertEventsCommittedJustBeforeSurvive(node::kill);
  }

  /**
   * Commits forty events together, ends the server the moment the commit answers, starts it again,
   * and checks that every event reaches its receiver.
   */
  private void assertEventsCommittedJustBeforeSurvive(Runnable end) {
    // A receiver that takes 300 ms per event, so few can be done when the server ends.
    Subscription subscription = api.subscribe(receiver.slowEndpoint(300), "order.placed");
    Event[] events =
        IntStream.range(0, 40)
            .mapToObj(
                i ->
                    Event.to(
                        "order.placed",
                        "order:" + i,
                        Payloads.orderPlaced(Integer.toString(i), "a@example.test")))
            .toArray(Event[]::new);
    List<String> committed = producer.publish(events);
    end.run();
    Set<String> deliveredBeforeTheEnd = eventIds(receiver.received(subscription.url()));
    assertThat(deliveredBeforeTheEnd)
        .as("most committed events were still waiting")
        .hasSizeLessThanOrEqualTo(2 * SENDERS);

    node.start();

    await()
        .atMost(NotificationsApi.DEADLINE)
        .pollInterval(Duration.ofMillis(200))
        .until(() -> eventIds(receiver.received(subscription.url())).containsAll(committed));
    for (String eventId : committed) {
      api.awaitStatus(eventId, "WEBHOOK", "DELIVERED");
    }
    Map<String, Long> timesReceived =
        receiver.received(subscription.url()).stream()
            .collect(
                Collectors.groupingBy(
                    r -> r.getHeader("Stockroom-Event-Id"), Collectors.counting()));
    assertThat(timesReceived.keySet()).containsExactlyInAnyOrderElementsOf(committed);
    // At least once: only sends under way when the server ended may arrive a second time.
    assertThat(timesReceived.values().stream().filter(n -> n > 1).count())
        .isLessThanOrEqualTo(SENDERS);
    api.delete(subscription);
  }

  @Test
  void withoutSmtpConfiguredEmailsAreDeliveredToTheLogAndTheDeliveryLogSaysSo() throws Exception {
    String customer = "log-" + UUID.randomUUID() + "@example.test";
    String eventId =
        producer
            .publish(
                Event.to(
                    "order.placed", "order:99", Payloads.orderPlaced("99", customer), customer))
            .get(0);

    Map<String, Object> delivery = api.awaitStatus(eventId, "EMAIL", "DELIVERED_TO_LOG");

    assertThat(delivery.get("recipient")).isEqualTo(customer);
    assertThat(api.delivery(delivery.get("id")).getList("attempts.outcome"))
        .containsExactly("DELIVERED_TO_LOG");
    String log = Files.readString(node.serverLog());
    assertThat(log)
        .contains("No SMTP server configured")
        .contains("To: " + customer)
        .contains("Stockroom-Event-Id: " + eventId)
        .contains("Subject: Your order 99 is placed");
    assertThat(Mailbox.about(eventId)).isEmpty();
  }

  private static Set<String> eventIds(List<LoggedRequest> requests) {
    return requests.stream()
        .map(r -> r.getHeader("Stockroom-Event-Id"))
        .collect(Collectors.toSet());
  }
}
