package com.stockroom.it.orders;

import static com.stockroom.it.orders.Orders.line;
import static org.assertj.core.api.Assertions.assertThat;

import com.stockroom.it.ServerTest;
import com.stockroom.it.Tokens;
import io.restassured.path.json.JsonPath;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The live order feed: who sees what, and resuming with Last-Event-ID without gaps. */
class OrderFeedIT extends ServerTest {

  private static final Duration WAIT = Duration.ofSeconds(20);

  private final Shop shop = Shop.suite();

  @Test
  void staffSeeEveryOrderAndCustomersTheirOwn() throws Exception {
    String sku = shop.newSku(50, 100);
    String alice = Shop.newCustomer();
    String bob = Shop.newCustomer();
    try (FeedClient staff = FeedClient.connect(Tokens.manager(Shop.nextUserId()), null);
        FeedClient alicesFeed = FeedClient.connect(alice, null)) {
      String bobsOrder = Orders.placed(shop, bob, List.of(line(sku, 1)));
      String alicesOrder = Orders.placed(shop, alice, List.of(line(sku, 2)));
      Orders.move(shop, alicesOrder, "PREPARATION").then().statusCode(200);

      List<FeedClient.Event> seenByStaff =
          staff.next(3, WAIT, FeedClient.about(Set.of(bobsOrder, alicesOrder)));
      assertThat(seenByStaff)
          .extracting(FeedClient.Event::type)
          .containsExactly("order.placed", "order.placed", "order.status_changed");
      assertThat(seenByStaff)
          .extracting(event -> JsonPath.from(event.data()).getString("orderId"))
          .containsExactly(bobsOrder, alicesOrder, alicesOrder);

      List<FeedClient.Event> seenByAlice = alicesFeed.next(2, WAIT);
      assertThat(seenByAlice)
          .extracting(event -> JsonPath.from(event.data()).getString("orderId"))
          .containsExactly(alicesOrder, alicesOrder);
      JsonPath change = JsonPath.from(seenByAlice.get(1).data());
      assertThat(change.getString("from")).isEqualTo("WAITING");
      assertThat(change.getString("to")).isEqualTo("PREPARATION");
      assertThat(alicesFeed.drain(Duration.ofSeconds(1))).isEmpty();
    }
  }

  @Test
  void reconnectingWithLastEventIdResumesWithoutGapsOrRepeats() throws Exception {
    String sku = shop.newSku(50, 100);
    String customer = Shop.newCustomer();
    String orderId;
    String lastSeen;
    try (FeedClient feed = FeedClient.connect(customer, null)) {
      orderId = Orders.placed(shop, customer, List.of(line(sku, 1)));
      Orders.move(shop, orderId, "PREPARATION").then().statusCode(200);
      List<FeedClient.Event> before = feed.next(2, WAIT);
      assertThat(before)
          .extracting(FeedClient.Event::type)
          .containsExactly("order.placed", "order.status_changed");
      lastSeen = before.get(1).id();
    }
    // While the client is away: more changes, of this order and of a new one.
    Orders.move(shop, orderId, "READY").then().statusCode(200);
    Orders.move(shop, orderId, "DELIVERED").then().statusCode(200);
    String second = Orders.placed(shop, customer, List.of(line(sku, 1)));
    Orders.cancel(shop, customer, second).then().statusCode(200);

    try (FeedClient feed = FeedClient.connect(customer, lastSeen)) {
      List<FeedClient.Event> missed = feed.next(4, WAIT);
      assertThat(missed)
          .extracting(FeedClient.Event::type)
          .containsExactly(
              "order.status_changed", "order.status_changed", "order.placed", "order.cancelled");
      assertThat(JsonPath.from(missed.get(0).data()).getString("to")).isEqualTo("READY");
      assertThat(JsonPath.from(missed.get(1).data()).getString("to")).isEqualTo("DELIVERED");
      assertThat(missed)
          .extracting(FeedClient.Event::id)
          .doesNotHaveDuplicates()
          .doesNotContain(lastSeen);

      // And live events follow the replayed ones.
      String third = Orders.placed(shop, customer, List.of(line(sku, 1)));
      List<FeedClient.Event> live = feed.next(1, WAIT);
      assertThat(JsonPath.from(live.get(0).data()).getString("orderId")).isEqualTo(third);
      assertThat(feed.drain(Duration.ofSeconds(1))).isEmpty();
    }
  }

  @Test
  void aLastEventIdThisFeedNeverIssuedIsRefused() throws Exception {
    HttpResponse<String> refused = FeedClient.attempt(Shop.newCustomer(), "not-an-event");

    assertThat(refused.statusCode()).isEqualTo(400);
    assertThat(JsonPath.from(refused.body()).getList("errors.field")).contains("Last-Event-ID");
  }
}
