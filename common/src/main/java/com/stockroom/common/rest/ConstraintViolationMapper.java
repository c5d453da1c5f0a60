package com.stockroom.common.rest;

import com.stockroom.common.problem.FieldError;
import com.stockroom.common.problem.ValidationProblem;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.Comparator;
import java.util.List;

/** Bean Validation failures of request bodies and parameters: 400 with one entry per field. */
@Provider
public class ConstraintViolationMapper implements ExceptionMapper<ConstraintViolationException> {

  @Override
  public Response toResponse(ConstraintViolationException exception) {
    return ProblemResponses.of(toProblem(exception));
  }

  static ValidationProblem toProblem(ConstraintViolationException exception) {
    List<FieldError> errors =
        exception.getConstraintViolations().stream()
            .map(v -> new FieldError(fieldName(v), v.getMessage()))
            .sorted(Comparator.comparing(FieldError::field).thenComparing(FieldError::message))
            .toList();
    return new ValidationProblem(errors);
  }

  /**
   * The path as the client knows it: method and body-parameter names dropped, so {@code
   * place.request.lines[0].quantity} reads {@code lines[0].quantity}. Bean Validation puts a list
   * index on the node after the list ({@code lines}, then {@code quantity} at index 0), so the
   * index is written before that node's name.
   */
  static String fieldName(ConstraintViolation<?> violation) {
    StringBuilder field = new StringBuilder();
    String parameter = null;
    for (Path.Node node : violation.getPropertyPath()) {
      if (node.getKind() == ElementKind.METHOD || node.getKind() == ElementKind.CONSTRUCTOR) {
        continue;
      }
      if (node.getKind() == ElementKind.PARAMETER) {
        parameter = node.getName();
        continue;
      }
      if (node.getKind() == ElementKind.CROSS_PARAMETER
          || node.getKind() == ElementKind.RETURN_VALUE) {
        continue;
      }
      if (node.isInIterable() && !field.isEmpty()) {
        if (node.getIndex() != null) {
          field.append('[').append(node.getIndex()).append(']');
        } else if (node.getKey() != null) {
          field.append('[').append(node.getKey()).append(']');
        }
      }
      if (node.getName() != null && node.getKind() != ElementKind.CONTAINER_ELEMENT) {
        if (!field.isEmpty()) {
          field.append('.');
        }
        field.append(node.getName());
      }
    }
    if (field.isEmpty()) {
      return parameter != null ? parameter : "request";
    }
    return field.toString();
  }
}
