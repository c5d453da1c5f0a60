package com.stockroom.common.web;

import com.stockroom.common.problem.ProblemType;
import com.stockroom.common.rest.ProblemResponses;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.jboss.logging.Logger;

/**
 * The web module's error page: what the servlet container answers by itself (a token the
 * MicroProfile JWT check refused before JAX-RS ran, an exception in a filter) becomes problem+json
 * like every other error. Mapped in web.xml as the default error page and as the default servlet,
 * so a path outside the JAX-RS application is a 404 problem too. The request id filter runs on the
 * ERROR dispatch, so the id is there as well.
 */
public class ErrorPageServlet extends HttpServlet {

  private static final long serialVersionUID = 1L;
  private static final Logger LOG = Logger.getLogger(ErrorPageServlet.class);

  @Override
  protected void service(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    int status = status(request);
    if (response.isCommitted()) {
      return;
    }
    response.setStatus(status);
    response.setContentType(ProblemResponses.MEDIA_TYPE);
    response.setCharacterEncoding(StandardCharsets.UTF_8.name());
    if (status == HttpServletResponse.SC_UNAUTHORIZED
        && response.getHeader("WWW-Authenticate") == null) {
      response.setHeader("WWW-Authenticate", "Bearer");
    }
    response
        .getWriter()
        .write(
            ProblemResponses.json(
                ProblemType.forStatus(status), ProblemResponses.standardDetail(status), Map.of()));
  }

  private static int status(HttpServletRequest request) {
    if (request.getDispatcherType() != DispatcherType.ERROR) {
      return HttpServletResponse.SC_NOT_FOUND; // no servlet or resource at this path
    }
    if (request.getAttribute(RequestDispatcher.ERROR_EXCEPTION) instanceof Throwable failure) {
      LOG.error("unexpected failure", failure);
      return HttpServletResponse.SC_INTERNAL_SERVER_ERROR;
    }
    int status =
        request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE) instanceof Integer code
                && code >= 400
            ? code
            : HttpServletResponse.SC_INTERNAL_SERVER_ERROR;
    if (status == HttpServletResponse.SC_INTERNAL_SERVER_ERROR
        && !RequestIdFilter.reachedFilters(request)
        && hasBearerToken(request)) {
      // SmallRye JWT answers 500 when no published key matches the token (an unknown kid, or no
      // kid while several keys are published): a forged or foreign token, not a server fault.
      LOG.warn("bearer token refused before the application: no verification key matches it");
      return HttpServletResponse.SC_UNAUTHORIZED;
    }
    return status;
  }

  private static boolean hasBearerToken(HttpServletRequest request) {
    String authorization = request.getHeader("Authorization");
    return authorization != null && authorization.regionMatches(true, 0, "Bearer ", 0, 7);
  }
}
