/**
 * The catalog's use cases and their transaction boundaries: staff edits, listings served from the
 * cache or the replica, stock movements and their ledger, holds and sales for orders, alerts,
 * snapshots and the consistency check.
 */
package com.stockroom.catalog.application;
