package com.stockroom.notifications.api;

/** The test event a manager asked to send to one subscription; follow it in the delivery log. */
public record TestEventSent(String eventId, String eventType, String subscriptionId) {}
