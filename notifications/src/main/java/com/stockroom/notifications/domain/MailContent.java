package com.stockroom.notifications.domain;

/** An e-mail's subject and its two bodies: plain text and HTML with the same content. */
public record MailContent(String subject, String text, String html) {}
