package com.stockroom.common.problem;

import jakarta.ejb.ApplicationException;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A failure the client can act on. Rendered as {@code application/problem+json} with a stable
 * {@code type}; rolls back the surrounding transaction and is not wrapped by the EJB container.
 */
@ApplicationException(rollback = true)
public class ProblemException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final ProblemType type;
  private final Map<String, Object> extensions;
  private final Map<String, String> headers;

  public ProblemException(ProblemType type, String detail) {
    this(type, detail, Map.of(), Map.of());
  }

  public ProblemException(
      ProblemType type,
      String detail,
      Map<String, Object> extensions,
      Map<String, String> headers) {
    super(detail);
    this.type = type;
    this.extensions = Collections.unmodifiableMap(new LinkedHashMap<>(extensions));
    this.headers = Collections.unmodifiableMap(new LinkedHashMap<>(headers));
  }

  public ProblemType type() {
    return type;
  }

  public String detail() {
    return getMessage();
  }

  /** Extra members of the problem object, e.g. {@code errors} or {@code shortLines}. */
  public Map<String, Object> extensions() {
    return extensions;
  }

  /** Response headers the problem needs, e.g. {@code Retry-After}. */
  public Map<String, String> headers() {
    return headers;
  }

  public static ProblemException notFound(String what) {
    return new ProblemException(ProblemType.NOT_FOUND, what + " was not found.");
  }

  public static ProblemException badRequest(String detail) {
    return new ProblemException(ProblemType.BAD_REQUEST, detail);
  }

  public static ProblemException invalid(String field, String message) {
    return new ValidationProblem(java.util.List.of(new FieldError(field, message)));
  }

  public static ProblemException conflict(ProblemType type, String detail) {
    return new ProblemException(type, detail);
  }

  public static ProblemException forbidden(String detail) {
    return new ProblemException(ProblemType.FORBIDDEN, detail);
  }

  public static ProblemException retryLater(ProblemType type, String detail, long seconds) {
    return new ProblemException(
        type, detail, Map.of(), Map.of("Retry-After", Long.toString(Math.max(1, seconds))));
  }
}
