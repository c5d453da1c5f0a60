package com.stockroom.it.console;

import static org.assertj.core.api.Assertions.assertThat;

import com.stockroom.it.notifications.NotificationsApi;
import com.stockroom.it.notifications.NotificationsApi.Subscription;
import com.stockroom.it.notifications.WebhookReceiver;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/**
 * Notifications: a dead webhook delivery retried from the console reaches its (recovered) receiver;
 * webhooks registered, paused and removed from the console, bad input refused at the field. The
 * server gives a delivery 4 quick attempts before it is dead.
 */
class NotificationsPageIT extends ConsoleTest {

  private static WebhookReceiver receiver;
  private final NotificationsApi api = NotificationsApi.suite();

  @BeforeAll
  static void startReceiver() {
    receiver = new WebhookReceiver();
  }

  @AfterAll
  static void stopReceiver() {
    receiver.close();
  }

  @Test
  void aDeadDeliveryIsRetriedFromTheConsole() {
    String endpoint = receiver.failingEndpoint();
    Subscription subscription = api.subscribe(endpoint, "order.placed");
    String eventId = api.sendTestEvent(subscription);
    api.awaitStatus(eventId, "WEBHOOK", "DEAD");
    receiver.answer(endpoint, 200);
    signIn(StaffAccounts.manager("Nina Notifications"));

    browser().click(By.id("nav-notifications"), "notifications");
    browser().open(CONSOLE + "/notifications.xhtml?status=DEAD", "dead-deliveries");
    By row = deliveryRow(endpoint);
    assertThat(browser().text(row)).contains("DEAD", "webhook.test");
    browser().click(By.xpath(xpath(row) + "//input[@value='Retry']"), "retried");

    assertThat(browser().text(By.id("flash"))).contains("retried now");
    api.awaitStatus(eventId, "WEBHOOK", "DELIVERED");
    browser().open(CONSOLE + "/notifications.xhtml?status=DELIVERED", "delivered");
    assertThat(browser().text(deliveryRow(endpoint))).contains("DELIVERED");
    api.delete(subscription);
  }

  @Test
  void webhooksAreRegisteredPausedAndRemoved() {
    String endpoint = receiver.acceptingEndpoint();
    signIn(StaffAccounts.manager("Walt Webhooks"));
    browser().open(CONSOLE + "/notifications.xhtml", "notifications");

    browser().type(By.id("subscribe:url"), "ftp://not-a-webhook");
    browser().click(By.id("subscribe:register"), "bad-url");
    assertThat(browser().text(By.cssSelector("#subscribe .field-error"))).contains("http or https");

    browser().type(By.id("subscribe:url"), endpoint);
    browser()
        .waitFor(By.cssSelector("#subscribe\\:eventTypes input[value='inventory.low_stock']"))
        .click();
    browser().type(By.id("subscribe:description"), "Console test hook");
    browser().click(By.id("subscribe:register"), "registered");
    assertThat(browser().text(By.id("flash"))).contains("Webhook registered", "whsec_");
    By row = subscriptionRow(endpoint);
    assertThat(browser().text(row)).contains("ACTIVE", "inventory.low_stock");

    browser().click(By.xpath(xpath(row) + "//input[@value='Pause']"), "paused");
    assertThat(browser().text(subscriptionRow(endpoint))).contains("PAUSED");
    browser()
        .click(By.xpath(xpath(subscriptionRow(endpoint)) + "//input[@value='Remove']"), "removed");
    assertThat(browser().text(By.id("flash"))).contains("is removed");
    assertThat(browser().isPresent(subscriptionRow(endpoint))).isFalse();
  }

  private static By deliveryRow(String endpoint) {
    return By.xpath(
        "//table[@id='deliveries:table']//tr[.//span[@class='recipient' and text()='"
            + endpoint
            + "']]");
  }

  private static By subscriptionRow(String endpoint) {
    return By.xpath(
        "//table[@id='subscriptions:table']//tr[.//span[@class='url' and text()='"
            + endpoint
            + "']]");
  }

  private static String xpath(By by) {
    return by.toString().substring("By.xpath: ".length());
  }
}
