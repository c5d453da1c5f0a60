package com.stockroom.admin.web;

import com.stockroom.common.web.RequestIds;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import org.jboss.logging.Logger;

/**
 * The console's error page: a sentence for the status and the request id to quote, never a stack
 * trace. An unexpected failure is logged here with that id.
 */
@Named
@RequestScoped
public class ErrorPage {

  private static final Logger LOG = Logger.getLogger(ErrorPage.class);

  @Inject HttpServletRequest request;

  private int status;

  @jakarta.annotation.PostConstruct
  void read() {
    status =
        request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE) instanceof Integer code
            ? code
            : 500;
    if (request.getAttribute(RequestDispatcher.ERROR_EXCEPTION) instanceof Throwable failure) {
      LOG.error(
          "console page failed: " + request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI),
          failure);
    }
  }

  public String getTitle() {
    return switch (status) {
      case 403 -> "Not for your account";
      case 404 -> "Page not found";
      default -> "Something went wrong";
    };
  }

  public String getDetail() {
    return switch (status) {
      case 403 -> "This page is for shop managers. Your account cannot open it.";
      case 404 -> "There is no such page in the console.";
      default ->
          "The console could not show this page. Try again; if it happens again, tell support"
              + " the reference below.";
    };
  }

  public String getRequestId() {
    String id = RequestIds.current();
    return id == null ? "-" : id;
  }
}
