package com.stockroom.notifications.api;

import java.time.Instant;
import java.util.Map;

/**
 * The state of delivery at a glance (console dashboard, metrics).
 *
 * @param byStatus how many deliveries are in each status
 * @param oldestWaitingSince when the longest-waiting undelivered message was created, if any waits
 * @param eventsAwaitingFanOut published events the dispatcher has not yet turned into deliveries
 */
public record DeliverySummary(
    Map<DeliveryStatus, Long> byStatus, Instant oldestWaitingSince, long eventsAwaitingFanOut) {}
