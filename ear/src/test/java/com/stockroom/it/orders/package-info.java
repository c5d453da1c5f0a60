/**
 * Orders and carts over HTTP on the real server: all-or-nothing orders under concurrency,
 * idempotent retries, the workflow per role, cancels and returns, history on the replica, carts
 * with expiring holds, the slow external reservation service (WireMock) across a restart, and the
 * live feed.
 */
package com.stockroom.it.orders;
