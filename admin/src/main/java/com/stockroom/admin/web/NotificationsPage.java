package com.stockroom.admin.web;

import com.stockroom.admin.security.ConsoleUser;
import com.stockroom.common.paging.Page;
import com.stockroom.common.paging.PageRequest;
import com.stockroom.common.problem.ProblemException;
import com.stockroom.notifications.api.DeliveryLog;
import com.stockroom.notifications.api.DeliveryQuery;
import com.stockroom.notifications.api.DeliveryStatus;
import com.stockroom.notifications.api.DeliveryView;
import com.stockroom.notifications.api.EventTypes;
import com.stockroom.notifications.api.NewWebhookSubscription;
import com.stockroom.notifications.api.WebhookSubscriptionView;
import com.stockroom.notifications.api.WebhookSubscriptions;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Notifications: the delivery log by status with a retry for dead deliveries, and the webhook
 * subscriptions (register, pause, resume, remove).
 */
@Named
@ViewScoped
public class NotificationsPage implements Serializable {

  private static final long serialVersionUID = 1L;
  private static final int MAX_SUBSCRIPTION_PAGES = 20;

  @Inject transient DeliveryLog deliveries;
  @Inject transient WebhookSubscriptions subscriptions;
  @Inject ConsoleUser user;

  private String status;
  private String page;
  private transient Page<DeliveryView> deliveryPage;
  private transient List<WebhookSubscriptionView> subscriptionList;

  private String newUrl;
  private List<String> newEventTypes = new ArrayList<>();
  private String newDescription;

  public void load() {
    DeliveryQuery query = new DeliveryQuery(parseStatus(status), null, null, null, null, null);
    deliveryPage = deliveries.list(user.caller(), query, Paging.request(page));
    subscriptionList = allSubscriptionsNewestFirst();
  }

  /** A shop has a handful of webhooks; the newest, usually the one being set up, comes first. */
  private List<WebhookSubscriptionView> allSubscriptionsNewestFirst() {
    List<WebhookSubscriptionView> all = new ArrayList<>();
    Page<WebhookSubscriptionView> page;
    int number = 0;
    do {
      number++;
      page = subscriptions.list(user.caller(), null, new PageRequest(number, PageRequest.MAX_SIZE));
      all.addAll(page.items());
    } while (page.hasNextPage() && number < MAX_SUBSCRIPTION_PAGES);
    Collections.reverse(all);
    return all;
  }

  public void retry(DeliveryView delivery) {
    try {
      deliveries.retry(user.caller(), Long.parseLong(delivery.id()));
      Feedback.info(
          "Delivery of "
              + delivery.eventType()
              + " to "
              + delivery.recipient()
              + " is retried now.");
    } catch (ProblemException e) {
      Feedback.problem(e);
    }
    load();
  }

  public void subscribe() {
    try {
      WebhookSubscriptionView created =
          subscriptions.create(
              user.caller(),
              new NewWebhookSubscription(newUrl, List.copyOf(newEventTypes), newDescription));
      Feedback.info(
          "Webhook registered for "
              + created.url()
              + ". Its signing secret, shown only now: "
              + created.secret());
      newUrl = null;
      newEventTypes = new ArrayList<>();
      newDescription = null;
    } catch (ProblemException e) {
      Feedback.problem(
          e,
          Map.of(
              "url", "subscribe:url",
              "eventTypes", "subscribe:eventTypes",
              "description", "subscribe:description"));
    }
    load();
  }

  public void pause(WebhookSubscriptionView subscription) {
    act(
        () -> subscriptions.pause(user.caller(), Long.parseLong(subscription.id())),
        "Deliveries to " + subscription.url() + " are paused; they wait until you resume it.");
  }

  public void resume(WebhookSubscriptionView subscription) {
    act(
        () -> subscriptions.resume(user.caller(), Long.parseLong(subscription.id())),
        "Deliveries to " + subscription.url() + " resume, the held ones first.");
  }

  public void remove(WebhookSubscriptionView subscription) {
    act(
        () -> subscriptions.delete(user.caller(), Long.parseLong(subscription.id())),
        "The webhook to " + subscription.url() + " is removed.");
  }

  private void act(Runnable action, String done) {
    try {
      action.run();
      Feedback.info(done);
    } catch (ProblemException e) {
      Feedback.problem(e);
    }
    load();
  }

  private static DeliveryStatus parseStatus(String raw) {
    if (raw == null || raw.isBlank()) {
      return null;
    }
    try {
      return DeliveryStatus.valueOf(raw.trim().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      return null;
    }
  }

  private Page<DeliveryView> deliveryPage() {
    if (deliveryPage == null) {
      load();
    }
    return deliveryPage;
  }

  public List<DeliveryView> getDeliveries() {
    return deliveryPage().items();
  }

  public List<WebhookSubscriptionView> getSubscriptions() {
    if (subscriptionList == null) {
      load();
    }
    return subscriptionList;
  }

  public List<String> getStatuses() {
    return Arrays.stream(DeliveryStatus.values()).map(Enum::name).toList();
  }

  public List<String> getEventTypes() {
    return EventTypes.PUBLISHABLE;
  }

  public PageLinks getPager() {
    return new PageLinks(deliveryPage(), Map.of("status", status == null ? "" : status));
  }

  public String badge(DeliveryStatus value) {
    return switch (value) {
      case DELIVERED, DELIVERED_TO_LOG -> "ok";
      case PENDING, RETRYING -> "warn";
      case DEAD -> "bad";
    };
  }

  public String getStatus() {
    return status;
  }

  public void setStatus(String status) {
    this.status = status;
  }

  public String getPage() {
    return page;
  }

  public void setPage(String page) {
    this.page = page;
  }

  public String getNewUrl() {
    return newUrl;
  }

  public void setNewUrl(String newUrl) {
    this.newUrl = newUrl;
  }

  public List<String> getNewEventTypes() {
    return newEventTypes;
  }

  public void setNewEventTypes(List<String> newEventTypes) {
    this.newEventTypes = newEventTypes == null ? new ArrayList<>() : newEventTypes;
  }

  public String getNewDescription() {
    return newDescription;
  }

  public void setNewDescription(String newDescription) {
    this.newDescription = newDescription;
  }
}
