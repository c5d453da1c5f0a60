/**
 * The rules of orders and carts in plain Java: the status workflow, what may be ordered and
 * returned, reservation retries and feed positions. No HTTP, no persistence.
 */
package com.stockroom.orders.domain;
