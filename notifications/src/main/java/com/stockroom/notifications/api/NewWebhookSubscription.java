package com.stockroom.notifications.api;

import java.util.List;

/**
 * A subscription to register.
 *
 * @param url where to POST: absolute http or https, without credentials
 * @param eventTypes which of {@link EventTypes#PUBLISHABLE} to receive
 */
public record NewWebhookSubscription(String url, List<String> eventTypes, String description) {}
