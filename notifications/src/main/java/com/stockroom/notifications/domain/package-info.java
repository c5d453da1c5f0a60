/**
 * The rules of delivery: the outbox event, deliveries and their retry state machine, webhook
 * subscriptions, signatures and the e-mail templates.
 */
package com.stockroom.notifications.domain;
