package com.stockroom.common.problem;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.validation.Validator;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

/**
 * Bean Validation outcomes as field errors. Entry points other than JAX-RS (the console) validate
 * the same request records with it, so a rule is stated once, on the record, for every entry point.
 */
public final class Violations {

  private Violations() {}

  /**
   * @throws ValidationProblem naming every broken field, when {@code request} breaks a rule
   */
  public static <T> T check(Validator validator, T request) {
    Set<ConstraintViolation<T>> violations = validator.validate(request);
    if (!violations.isEmpty()) {
      throw problem(violations);
    }
    return request;
  }

  public static ValidationProblem problem(Set<? extends ConstraintViolation<?>> violations) {
    List<FieldError> errors =
        violations.stream()
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
  public static String fieldName(ConstraintViolation<?> violation) {
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
