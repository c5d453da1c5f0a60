/**
 * The notifications schema: the outbox, deliveries and their attempts, webhook subscriptions
 * (entities with the behaviour of their state), their queries, and the schema migration.
 */
package com.stockroom.notifications.persistence;
