/**
 * What other modules may use of notifications: publish an event into the transactional outbox, and
 * (for the console) read the delivery log and manage webhook subscriptions. Delivery (e-mail,
 * webhooks, retries) happens after commit and is this module's business.
 */
package com.stockroom.notifications.api;
