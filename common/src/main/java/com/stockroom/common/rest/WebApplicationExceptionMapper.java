package com.stockroom.common.rest;

import com.stockroom.common.problem.ProblemType;
import jakarta.ws.rs.ForbiddenException;
import jakarta.ws.rs.NotAllowedException;
import jakarta.ws.rs.NotAuthorizedException;
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
        ProblemType.forStatus(status), detail(exception, status), Map.of(), headers);
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

  private static String detail(WebApplicationException exception, int status) {
    return switch (status) {
      case 400 -> "The request could not be understood.";
      case 401 ->
          exception instanceof NotAuthorizedException
              ? "A valid bearer token is required for this resource."
              : "Authentication required.";
      case 403 -> "You are not allowed to do this.";
      case 404 -> "There is no resource at this address.";
      case 405 -> "This resource does not support the request's method.";
      case 406 -> "This resource cannot produce a representation the request accepts.";
      case 415 -> "This resource does not accept the request's content type.";
      default ->
          Response.Status.fromStatusCode(status) != null
              ? Response.Status.fromStatusCode(status).getReasonPhrase()
              : "Request failed.";
    };
  }
}
