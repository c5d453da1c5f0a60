package com.stockroom.orders.rest;

import com.stockroom.common.problem.ProblemException;
import com.stockroom.orders.application.StoredResponse;
import com.stockroom.orders.domain.IdempotencyKey;
import jakarta.ws.rs.core.Response;
import java.net.URI;

/** What the orders resources need from a request and for a response. */
final class Requests {

  static final String IDEMPOTENCY_KEY = "Idempotency-Key";

  private Requests() {}

  /** A numeric id from the path; anything else names no resource (404, never a 500). */
  static long id(String raw, String what) {
    if (raw == null || !raw.matches("[1-9][0-9]{0,17}")) {
      throw ProblemException.notFound(what + " " + raw);
    }
    return Long.parseLong(raw);
  }

  static IdempotencyKey idempotencyKey(String raw) {
    if (raw == null || raw.isEmpty()) {
      throw ProblemException.invalid(
          IDEMPOTENCY_KEY,
          "is required: a unique value (e.g. a UUID) per order, repeated on every retry of it");
    }
    return IdempotencyKey.parse(raw)
        .orElseThrow(
            () ->
                ProblemException.invalid(
                    IDEMPOTENCY_KEY, "must be 1 to 255 visible ASCII characters"));
  }

  /** {@code If-Match: "7"} as version 7; absent or {@code *} as no expectation. */
  static Long expectedVersion(String ifMatch) {
    if (ifMatch == null || ifMatch.isBlank() || ifMatch.trim().equals("*")) {
      return null;
    }
    String tag = ifMatch.trim();
    if (tag.startsWith("W/")) {
      tag = tag.substring(2);
    }
    if (!tag.matches("\"[0-9]{1,18}\"")) {
      throw ProblemException.invalid("If-Match", "must be an ETag of this order, e.g. \"3\"");
    }
    return Long.parseLong(tag.substring(1, tag.length() - 1));
  }

  static String etag(long version) {
    return "\"" + version + "\"";
  }

  /** A stored (or first) response exactly as stored. */
  static Response of(StoredResponse stored) {
    Response.ResponseBuilder response =
        Response.status(stored.status()).type(stored.contentType()).entity(stored.body());
    if (stored.location() != null) {
      response.location(URI.create(stored.location()));
    }
    if (stored.replayed()) {
      response.header("Idempotent-Replayed", "true");
    }
    return response.build();
  }
}
