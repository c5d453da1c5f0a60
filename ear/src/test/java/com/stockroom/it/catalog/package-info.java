/**
 * Integration tests of the catalog over HTTP: staff edits, listings (filters, sorts, paging, cache,
 * replica), stock movements and the ledger, alerts, brand scoping, and the module api for orders
 * (in the container).
 */
package com.stockroom.it.catalog;
