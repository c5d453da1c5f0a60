/**
 * What other modules may use of orders: order statistics, search, workflow moves, cancellation and
 * returns for the staff console ({@link OrderAdministration}). Records only; no entity leaves the
 * module.
 */
package com.stockroom.orders.api;
