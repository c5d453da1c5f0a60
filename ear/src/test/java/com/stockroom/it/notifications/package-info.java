/**
 * Integration tests of notifications: the outbox, the dispatcher, e-mail to a real SMTP server
 * (GreenMail, {@link com.stockroom.it.notifications.Mailbox}), signed webhooks to real HTTP
 * receivers (WireMock), and the dispatcher across a restart and on two nodes at once ({@link
 * com.stockroom.it.StockroomNode}).
 */
package com.stockroom.it.notifications;
