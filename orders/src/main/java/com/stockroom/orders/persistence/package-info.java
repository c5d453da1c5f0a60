/**
 * JPA mappings, repositories and schema migration of the orders schema: orders, carts, idempotency
 * keys, the reservation job queue and the live feed's events.
 */
package com.stockroom.orders.persistence;
