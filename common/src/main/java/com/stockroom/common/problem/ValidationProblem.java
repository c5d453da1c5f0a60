package com.stockroom.common.problem;

import java.util.List;
import java.util.Map;

/** Input that breaks one or more field rules; the problem lists every broken field. */
public class ValidationProblem extends ProblemException {

  private static final long serialVersionUID = 1L;

  private final transient List<FieldError> errors;

  public ValidationProblem(List<FieldError> errors) {
    super(
        ProblemType.VALIDATION, describe(errors), Map.of("errors", List.copyOf(errors)), Map.of());
    this.errors = List.copyOf(errors);
  }

  public List<FieldError> errors() {
    return errors;
  }

  private static String describe(List<FieldError> errors) {
    return errors.size() == 1
        ? errors.get(0).field() + ": " + errors.get(0).message()
        : errors.size() + " fields are invalid.";
  }
}
