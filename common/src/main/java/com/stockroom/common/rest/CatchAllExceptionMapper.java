package com.stockroom.common.rest;

import com.stockroom.common.problem.ProblemException;
import com.stockroom.common.problem.ProblemType;
import jakarta.json.bind.JsonbException;
import jakarta.json.stream.JsonParsingException;
import jakarta.persistence.LockTimeoutException;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PessimisticLockException;
import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.sql.SQLException;
import java.util.Map;
import org.jboss.logging.Logger;

/**
 * Everything else. Known causes hidden inside container wrappers (EJBException, persistence and
 * JSON-B exceptions) get their proper status; the rest is a 500 that tells the client only the
 * request id, while the log keeps the stack trace.
 */
@Provider
public class CatchAllExceptionMapper implements ExceptionMapper<Throwable> {

  private static final Logger LOG = Logger.getLogger(CatchAllExceptionMapper.class);

  /** PostgreSQL: lock_not_available (lock_timeout, NOWAIT) and deadlock_detected. */
  private static final String LOCK_NOT_AVAILABLE = "55P03";

  private static final String DEADLOCK_DETECTED = "40P01";

  @Override
  public Response toResponse(Throwable exception) {
    for (Throwable cause = exception; cause != null; cause = cause.getCause()) {
      if (cause instanceof ProblemException problem) {
        return ProblemResponses.of(problem);
      }
      if (cause instanceof ConstraintViolationException violation) {
        return ProblemResponses.of(ConstraintViolationMapper.toProblem(violation));
      }
      if (cause instanceof WebApplicationException web && cause != exception) {
        return new WebApplicationExceptionMapper().toResponse(web);
      }
      if (cause instanceof JsonbException || cause instanceof JsonParsingException) {
        return malformedBody();
      }
      if (cause instanceof LockTimeoutException
          || cause instanceof PessimisticLockException
          || isSqlState(cause, LOCK_NOT_AVAILABLE)
          || isSqlState(cause, DEADLOCK_DETECTED)) {
        LOG.debugf("lock wait gave up: %s", cause);
        return ProblemResponses.of(
            ProblemType.LOCK_TIMEOUT,
            "The items are busy right now; nothing was changed. Retry shortly.",
            Map.of(),
            Map.of("Retry-After", "1"));
      }
      if (cause instanceof OptimisticLockException) {
        return ProblemResponses.of(
            ProblemType.CONFLICT, "Someone changed this at the same time; reload and retry.");
      }
    }
    return internalError(exception);
  }

  static Response malformedBody() {
    return ProblemResponses.of(
        ProblemType.MALFORMED_BODY,
        "The request body is not valid JSON for this resource (syntax or value types).");
  }

  static Response internalError(Throwable exception) {
    LOG.error("unexpected failure", exception);
    return ProblemResponses.of(ProblemType.INTERNAL, ProblemResponses.standardDetail(500));
  }

  private static boolean isSqlState(Throwable cause, String state) {
    return cause instanceof SQLException sql && state.equals(sql.getSQLState());
  }
}
