package com.stockroom.admin.security;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebListener;
import jakarta.servlet.http.HttpSessionEvent;
import jakarta.servlet.http.HttpSessionListener;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Ends an idle console session after {@code stockroom.admin.session-timeout-minutes} ({@code
 * STOCKROOM_ADMIN_SESSION_TIMEOUT_MINUTES}); web.xml cannot read the environment.
 */
@WebListener
public class SessionTimeout implements HttpSessionListener {

  @Inject
  @ConfigProperty(name = "stockroom.admin.session-timeout-minutes", defaultValue = "30")
  int minutes;

  @Override
  public void sessionCreated(HttpSessionEvent event) {
    event.getSession().setMaxInactiveInterval(Math.max(1, minutes) * 60);
  }
}
