package com.stockroom.notifications.api;

import java.util.List;

/** A partial update (merge semantics): a {@code null} member leaves that field unchanged. */
public record WebhookSubscriptionChanges(String url, List<String> eventTypes, String description) {}
