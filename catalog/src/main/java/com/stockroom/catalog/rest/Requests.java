package com.stockroom.catalog.rest;

import com.stockroom.catalog.application.Representation;
import com.stockroom.common.problem.ProblemException;
import com.stockroom.common.security.Caller;
import com.stockroom.common.security.Callers;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import java.util.Optional;
import org.eclipse.microprofile.jwt.JsonWebToken;

/** What every catalog resource needs from a request. */
final class Requests {

  private Requests() {}

  /** The caller of an endpoint open to anonymous users: empty without a token. */
  static Optional<Caller> optionalCaller(SecurityContext security, JsonWebToken token) {
    // An anonymous request has no principal. Asking the token first would create the request's
    // token bean through its CDI producer for nothing: a quarter of a cached listing (JFR).
    if (security.getUserPrincipal() == null || token.getSubject() == null) {
      return Optional.empty();
    }
    return Optional.of(Callers.from(token));
  }

  static Caller caller(JsonWebToken token) {
    return Callers.from(token);
  }

  /** A numeric id from the path; anything else names no resource (404, never a 500). */
  static long id(String raw, String what) {
    if (raw == null || !raw.matches("[1-9][0-9]{0,17}")) {
      throw ProblemException.notFound(what + " " + raw);
    }
    return Long.parseLong(raw);
  }

  /**
   * A JSON representation with its entity tag; 304 when the client's {@code If-None-Match} has it.
   * Public representations may be kept by shared caches, private ones by the client only; both must
   * be revalidated before reuse, so a change shows at once.
   */
  static Response.ResponseBuilder representation(
      Representation representation, Request request, boolean shared) {
    EntityTag tag = new EntityTag(representation.etag());
    Response.ResponseBuilder notModified = request.evaluatePreconditions(tag);
    Response.ResponseBuilder response =
        notModified != null
            ? notModified
            : Response.ok(representation.body(), MediaType.APPLICATION_JSON_TYPE);
    return response
        .tag(tag)
        .header(HttpHeaders.CACHE_CONTROL, shared ? "public, no-cache" : "private, no-cache")
        .header(HttpHeaders.VARY, HttpHeaders.AUTHORIZATION);
  }
}
