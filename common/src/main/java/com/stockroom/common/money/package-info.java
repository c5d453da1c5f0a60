/** Money as integer minor units plus an ISO 4217 currency; no floating point near prices. */
package com.stockroom.common.money;
