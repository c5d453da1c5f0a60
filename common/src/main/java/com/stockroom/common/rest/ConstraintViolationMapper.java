package com.stockroom.common.rest;

import com.stockroom.common.problem.ValidationProblem;
import com.stockroom.common.problem.Violations;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** Bean Validation failures of request bodies and parameters: 400 with one entry per field. */
@Provider
public class ConstraintViolationMapper implements ExceptionMapper<ConstraintViolationException> {

  @Override
  public Response toResponse(ConstraintViolationException exception) {
    return ProblemResponses.of(toProblem(exception));
  }

  static ValidationProblem toProblem(ConstraintViolationException exception) {
    return Violations.problem(exception.getConstraintViolations());
  }

  static String fieldName(ConstraintViolation<?> violation) {
    return Violations.fieldName(violation);
  }
}
