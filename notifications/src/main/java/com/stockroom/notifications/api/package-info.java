/**
 * What other modules may use of notifications: publish an event into the transactional outbox.
 * Delivery (e-mail, webhooks, retries) happens after commit and is this module's business.
 */
package com.stockroom.notifications.api;
