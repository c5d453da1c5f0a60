package com.stockroom.it.notifications;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.stockroom.it.Environment;
import com.stockroom.it.ServerTest;
import com.stockroom.it.StockroomNode;
import com.stockroom.it.notifications.EventProducer.Event;
import com.stockroom.it.notifications.NotificationsApi.Subscription;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Two nodes on the same database, both dispatching: a second server process (node "2") beside the
 * suite server, the way the shop runs behind a load balancer.
 */
class ConcurrentDispatchersIT extends ServerTest {

  private static final int EVENTS = 400;

  private static StockroomNode second;
  private static WebhookReceiver receiver;
  private final NotificationsApi api = NotificationsApi.suite();

  @Deployment(testable = false)
  static WebArchive eventProducer() {
    return EventProducer.archive();
  }

  @BeforeAll
  static void startSecondNode() {
    receiver = new WebhookReceiver();
    second = StockroomNode.create("2", Map.of()).start();
  }

  @AfterAll
  static void stopSecondNode() {
    second.close();
    receiver.close();
  }

  @Test
  void twoDispatchersRunningAtOnceNeverSendOneEventTwice() throws Exception {
    // 40 ms per event keeps both nodes' senders busy for a while, so they contend for rows.
    Subscription subscription = api.subscribe(receiver.slowEndpoint(40), "order.status_changed");
    api.pause(subscription);
    Event[] events =
        IntStream.range(0, EVENTS)
            .mapToObj(
                i ->
                    Event.to(
                        "order.status_changed",
                        "order:" + i,
                        Payloads.statusChanged(
                            Integer.toString(i), "c@example.test", "WAITING", "READY")))
            .toArray(Event[]::new);
    List<String> published = new EventProducer(Environment.baseUri()).publish(events);
    assertThat(published).hasSize(EVENTS).doesNotHaveDuplicates();
    // Every delivery exists and waits; resuming through the second node wakes it at once, while
    // the first finds them at its next poll.
    await().atMost(NotificationsApi.DEADLINE).until(() -> deliveryCount(subscription) == EVENTS);
    new NotificationsApi(second.baseUri()).resume(subscription);

    // Once every delivery is DELIVERED nothing more will be sent, so the counts below are final.
    await()
        .atMost(Duration.ofSeconds(120))
        .pollInterval(Duration.ofMillis(250))
        .until(() -> deliveredCount(subscription) == EVENTS);

    Map<String, Long> timesReceived =
        receiver.received(subscription.url()).stream()
            .collect(
                Collectors.groupingBy(
                    r -> r.getHeader("Stockroom-Event-Id"), Collectors.counting()));
    assertThat(timesReceived.keySet()).containsExactlyInAnyOrderElementsOf(published);
    assertThat(timesReceived.values()).containsOnly(1L);
    Map<String, Integer> attemptsByNode = attemptsByNode(subscription);
    assertThat(attemptsByNode.keySet())
        .as("both nodes sent")
        .containsExactlyInAnyOrder("it-node-1", second.nodeName());
    assertThat(attemptsByNode.values().stream().mapToInt(Integer::intValue).sum())
        .isEqualTo(EVENTS);
    api.delete(subscription);
  }

  private static long deliveryCount(Subscription subscription) throws Exception {
    return count(
        "SELECT count(*) FROM notifications.delivery WHERE subscription_id = ?", subscription);
  }

  private static long deliveredCount(Subscription subscription) throws Exception {
    return count(
        "SELECT count(*) FROM notifications.delivery WHERE subscription_id = ?"
            + " AND status = 'DELIVERED'",
        subscription);
  }

  private static long count(String sql, Subscription subscription) throws Exception {
    try (Connection db = Environment.primary();
        PreparedStatement query = db.prepareStatement(sql)) {
      query.setLong(1, Long.parseLong(subscription.id()));
      try (ResultSet rs = query.executeQuery()) {
        rs.next();
        return rs.getLong(1);
      }
    }
  }

  private static Map<String, Integer> attemptsByNode(Subscription subscription) throws Exception {
    Map<String, Integer> byNode = new HashMap<>();
    try (Connection db = Environment.primary();
        PreparedStatement query =
            db.prepareStatement(
                "SELECT a.node, count(*) FROM notifications.delivery_attempt a"
                    + " JOIN notifications.delivery d ON d.id = a.delivery_id"
                    + " WHERE d.subscription_id = ? GROUP BY a.node")) {
      query.setLong(1, Long.parseLong(subscription.id()));
      try (ResultSet rs = query.executeQuery()) {
        while (rs.next()) {
          byNode.put(rs.getString(1), rs.getInt(2));
        }
      }
    }
    return byNode;
  }
}
