/** The module's HTTP face under {@code /api/notifications}: webhooks and the delivery log. */
package com.stockroom.notifications.rest;
