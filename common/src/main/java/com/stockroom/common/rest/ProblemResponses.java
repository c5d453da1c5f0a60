package com.stockroom.common.rest;

import com.stockroom.common.problem.ProblemException;
import com.stockroom.common.problem.ProblemType;
import com.stockroom.common.web.RequestIds;
import jakarta.json.bind.Jsonb;
import jakarta.ws.rs.core.Response;
import java.util.LinkedHashMap;
import java.util.Map;

/** Builds RFC 9457 responses; the single place that knows the problem document's shape. */
public final class ProblemResponses {

  public static final String MEDIA_TYPE = "application/problem+json";

  private static final Jsonb JSON = JsonbResolver.JSONB;

  private ProblemResponses() {}

  public static Response of(ProblemException problem) {
    return of(problem.type(), problem.detail(), problem.extensions(), problem.headers());
  }

  public static Response of(ProblemType type, String detail) {
    return of(type, detail, Map.of(), Map.of());
  }

  public static Response of(
      ProblemType type,
      String detail,
      Map<String, Object> extensions,
      Map<String, String> headers) {
    Response.ResponseBuilder response =
        Response.status(type.status()).type(MEDIA_TYPE).entity(json(type, detail, extensions));
    headers.forEach(response::header);
    if (type.status() == 401) {
      response.header("WWW-Authenticate", "Bearer");
    }
    return response.build();
  }

  /** The problem document; {@code instance} is the current request id. */
  public static String json(ProblemType type, String detail, Map<String, Object> extensions) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("type", type.uri());
    body.put("title", type.title());
    body.put("status", type.status());
    body.put("detail", detail);
    String requestId = RequestIds.current();
    if (requestId != null) {
      body.put("instance", requestId);
    }
    extensions.forEach(body::putIfAbsent);
    return JSON.toJson(body);
  }

  /**
   * Our wording for an error the runtime (JAX-RS, the servlet container, the token check) raised
   * with only a status: its own messages may name internals.
   */
  public static String standardDetail(int status) {
    return switch (status) {
      case 400 -> "The request could not be understood.";
      case 401 -> "A valid bearer token is required for this resource.";
      case 403 -> "You are not allowed to do this.";
      case 404 -> "There is no resource at this address.";
      case 405 -> "This resource does not support the request's method.";
      case 406 -> "This resource cannot produce a representation the request accepts.";
      case 413 -> "The request is too large.";
      case 415 -> "This resource does not accept the request's content type.";
      default ->
          status >= 500
              ? "Something went wrong on our side. Quote the request id (instance) when"
                  + " reporting it."
              : Response.Status.fromStatusCode(status) != null
                  ? Response.Status.fromStatusCode(status).getReasonPhrase()
                  : "Request failed.";
    };
  }
}
