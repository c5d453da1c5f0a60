package com.stockroom.notifications.application;

import com.stockroom.notifications.persistence.Delivery;

/** A send that ended, waiting to be recorded: the claim it was made under and how it went. */
public record FinishedAttempt(
    ClaimedDelivery claimed, SendResult result, Delivery.Attempt attempt) {}
