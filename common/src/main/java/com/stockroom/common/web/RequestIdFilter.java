package com.stockroom.common.web;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * Takes {@code X-Request-ID} from the request (or makes one), echoes it on the response and binds
 * it to the logging context for the request's lifetime. Registered in each web module's web.xml for
 * REQUEST and ERROR dispatches, first in the chain.
 */
public class RequestIdFilter extends HttpFilter {

  private static final long serialVersionUID = 1L;
  private static final String ATTRIBUTE = RequestIdFilter.class.getName();
  private static final String PASSED_ON_REQUEST = ATTRIBUTE + ".request";

  /**
   * Whether the request reached the application's filters. One that did not was answered by the
   * container before them, e.g. by the bearer-token check.
   */
  public static boolean reachedFilters(HttpServletRequest request) {
    return request.getAttribute(PASSED_ON_REQUEST) != null;
  }

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    String id = (String) request.getAttribute(ATTRIBUTE);
    if (id == null) {
      id = RequestIds.acceptOrCreate(request.getHeader(RequestIds.HEADER));
      request.setAttribute(ATTRIBUTE, id);
    }
    if (request.getDispatcherType() == DispatcherType.REQUEST) {
      request.setAttribute(PASSED_ON_REQUEST, Boolean.TRUE);
    }
    response.setHeader(RequestIds.HEADER, id);
    RequestIds.bind(id);
    try {
      chain.doFilter(request, response);
    } finally {
      RequestIds.unbind();
    }
  }
}
