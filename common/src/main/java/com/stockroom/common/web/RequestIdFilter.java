package com.stockroom.common.web;

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

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    String id = (String) request.getAttribute(ATTRIBUTE);
    if (id == null) {
      id = RequestIds.acceptOrCreate(request.getHeader(RequestIds.HEADER));
      request.setAttribute(ATTRIBUTE, id);
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
