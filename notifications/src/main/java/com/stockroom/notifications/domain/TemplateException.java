package com.stockroom.notifications.domain;

/**
 * An event's payload lacks what its e-mail needs. Waiting will not fix it, so the delivery ends
 * DEAD at once with this message, for staff to see.
 */
public class TemplateException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  public TemplateException(String message) {
    super(message);
  }
}
