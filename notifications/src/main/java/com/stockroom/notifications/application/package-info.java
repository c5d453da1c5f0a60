/**
 * Use cases and the transaction boundary: publishing into the outbox, the dispatcher and its
 * channels (e-mail, webhooks), the delivery log and webhook subscriptions.
 */
package com.stockroom.notifications.application;
