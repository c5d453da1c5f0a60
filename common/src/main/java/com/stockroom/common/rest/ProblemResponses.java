package com.stockroom.common.rest;

import com.stockroom.common.problem.ProblemException;
import com.stockroom.common.problem.ProblemType;
import com.stockroom.common.web.RequestIds;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.ws.rs.core.Response;
import java.util.LinkedHashMap;
import java.util.Map;

/** Builds RFC 9457 responses; the single place that knows the problem document's shape. */
public final class ProblemResponses {

  public static final String MEDIA_TYPE = "application/problem+json";

  private static final Jsonb JSON = JsonbBuilder.create();

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
    Response.ResponseBuilder response =
        Response.status(type.status()).type(MEDIA_TYPE).entity(JSON.toJson(body));
    headers.forEach(response::header);
    if (type.status() == 401) {
      response.header("WWW-Authenticate", "Bearer");
    }
    return response.build();
  }
}
