package com.stockroom.common.rest;

import com.stockroom.common.problem.ProblemType;
import jakarta.ws.rs.ForbiddenException;
import jakarta.ws.rs.NotAllowedException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Errors the JAX-RS runtime raises itself (unknown path, wrong method or media type, role checks).
 * Their messages are the runtime's and may name internals, so the detail is ours.
 */
@Provider
public class WebApplicationExceptionMapper implements ExceptionMapper<WebApplicationException> {

  @Context SecurityContext securityContext;

  @Override
  public Response toResponse(WebApplicationException exception) {
    Response original = exception.getResponse();
    int status = original == null ? 500 : original.getStatus();
    if (status < 400) {
      return original;
    }
    if (exception instanceof ForbiddenException && !authenticated()) {
      // RESTEasy's role check answers 403 to anonymous callers; they need to authenticate.
      return ProblemResponses.of(
          ProblemType.UNAUTHORIZED, "A valid bearer token is required for this resource.");
    }
    if (status >= 500) {
      return CatchAllExceptionMapper.internalError(exception);
    }
    if (status == 400 && causedByJson(exception)) {
      return CatchAllExceptionMapper.malformedBody();
    }
    Map<String, String> headers = new LinkedHashMap<>();
    if (exception instanceof NotAllowedException
        && original.getHeaderString(HttpHeaders.ALLOW) != null) {
      headers.put(HttpHeaders.ALLOW, original.getHeaderString(HttpHeaders.ALLOW));
    }
    if (original.getHeaderString("Retry-After") != null) {
      headers.put("Retry-After", original.getHeaderString("Retry-After"));
    }
    return ProblemResponses.of(
        ProblemType.forStatus(status), ProblemResponses.standardDetail(status), Map.of(), headers);
  }

  private static boolean causedByJson(Throwable exception) {
    for (Throwable cause = exception.getCause(); cause != null; cause = cause.getCause()) {
      if (cause instanceof jakarta.json.bind.JsonbException
          || cause instanceof jakarta.json.JsonException) {
        return true;
      }
    }
    return false;
  }

  private boolean authenticated() {
    return securityContext != null && securityContext.getUserPrincipal() != null;
  }
}
