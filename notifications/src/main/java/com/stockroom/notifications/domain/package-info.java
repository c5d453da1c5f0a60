/**
 * The rules of delivery that need neither HTTP nor a database: retry backoff, webhook signatures,
 * what a subscription may be, and the e-mail templates.
 */
package com.stockroom.notifications.domain;
