/**
 * Use cases of orders and carts: the transaction boundary, security decisions on the caller, the
 * calls into catalog and notifications, and the background work (reservation jobs, the live feed,
 * housekeeping).
 */
package com.stockroom.orders.application;
