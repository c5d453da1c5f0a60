/**
 * Platform behaviour seen over HTTP: every error the server can produce is RFC 9457 problem+json,
 * and every response and log line carries the request id.
 */
package com.stockroom.it.platform;
