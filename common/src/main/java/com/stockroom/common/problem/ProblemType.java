package com.stockroom.common.problem;

import java.util.Objects;

/**
 * A kind of problem: a stable relative {@code type} URI, its human title and HTTP status. Modules
 * declare their own kinds as constants next to the exceptions that use them.
 */
public record ProblemType(String uri, String title, int status) {

  public static final ProblemType BAD_REQUEST =
      new ProblemType("/problems/bad-request", "Bad request", 400);
  public static final ProblemType VALIDATION =
      new ProblemType("/problems/validation", "Invalid request", 400);
  public static final ProblemType MALFORMED_BODY =
      new ProblemType("/problems/malformed-body", "Malformed request body", 400);
  public static final ProblemType UNAUTHORIZED =
      new ProblemType("/problems/unauthorized", "Authentication required", 401);
  public static final ProblemType FORBIDDEN =
      new ProblemType("/problems/forbidden", "Forbidden", 403);
  public static final ProblemType NOT_FOUND =
      new ProblemType("/problems/not-found", "Not found", 404);
  public static final ProblemType METHOD_NOT_ALLOWED =
      new ProblemType("/problems/method-not-allowed", "Method not allowed", 405);
  public static final ProblemType NOT_ACCEPTABLE =
      new ProblemType("/problems/not-acceptable", "Not acceptable", 406);
  public static final ProblemType CONFLICT = new ProblemType("/problems/conflict", "Conflict", 409);
  public static final ProblemType PRECONDITION_FAILED =
      new ProblemType("/problems/precondition-failed", "Precondition failed", 412);
  public static final ProblemType UNSUPPORTED_MEDIA_TYPE =
      new ProblemType("/problems/unsupported-media-type", "Unsupported media type", 415);
  public static final ProblemType UNPROCESSABLE =
      new ProblemType("/problems/unprocessable", "Unprocessable request", 422);
  public static final ProblemType TOO_MANY_REQUESTS =
      new ProblemType("/problems/too-many-requests", "Too many requests", 429);
  public static final ProblemType INTERNAL =
      new ProblemType("/problems/internal", "Internal server error", 500);
  public static final ProblemType UNAVAILABLE =
      new ProblemType("/problems/unavailable", "Service temporarily unavailable", 503);
  public static final ProblemType LOCK_TIMEOUT =
      new ProblemType("/problems/lock-timeout", "Busy, try again", 503);

  public ProblemType {
    Objects.requireNonNull(uri);
    Objects.requireNonNull(title);
    if (status < 400 || status > 599) {
      throw new IllegalArgumentException("problem status must be 4xx or 5xx: " + status);
    }
  }

  /** The generic type for a status that has no more specific kind. */
  public static ProblemType forStatus(int status) {
    return switch (status) {
      case 400 -> BAD_REQUEST;
      case 401 -> UNAUTHORIZED;
      case 403 -> FORBIDDEN;
      case 404 -> NOT_FOUND;
      case 405 -> METHOD_NOT_ALLOWED;
      case 406 -> NOT_ACCEPTABLE;
      case 409 -> CONFLICT;
      case 412 -> PRECONDITION_FAILED;
      case 415 -> UNSUPPORTED_MEDIA_TYPE;
      case 422 -> UNPROCESSABLE;
      case 429 -> TOO_MANY_REQUESTS;
      case 503 -> UNAVAILABLE;
      default ->
          status >= 500
              ? INTERNAL
              : new ProblemType("/problems/http-" + status, "HTTP " + status, status);
    };
  }
}
