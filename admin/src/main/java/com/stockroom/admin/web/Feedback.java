package com.stockroom.admin.web;

import com.stockroom.common.problem.FieldError;
import com.stockroom.common.problem.ProblemException;
import com.stockroom.common.problem.ValidationProblem;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import java.util.Map;

/**
 * Tells the user what an action did: a line at the top of the page, or, for invalid input, a
 * message next to each field the module named. Field names are the API's ({@code skus[0].price});
 * each page maps them to its inputs' client ids.
 */
final class Feedback {

  private Feedback() {}

  static void info(String text) {
    FacesContext.getCurrentInstance()
        .addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, text, null));
  }

  static void error(String text) {
    FacesContext.getCurrentInstance()
        .addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, text, null));
  }

  /** Keeps the messages across the redirect that follows an action (post, redirect, get). */
  static void keepForRedirect() {
    FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(true);
  }

  /**
   * Shows a module's refusal. Field errors go next to the inputs {@code fields} maps them to (by
   * exact name, else by the longest mapped prefix); the rest, and every other problem, at the top.
   */
  static void problem(ProblemException problem, Map<String, String> fields) {
    FacesContext faces = FacesContext.getCurrentInstance();
    faces.validationFailed();
    if (problem instanceof ValidationProblem validation) {
      for (FieldError error : validation.errors()) {
        String clientId = clientId(error.field(), fields);
        if (clientId == null) {
          faces.addMessage(
              null,
              new FacesMessage(
                  FacesMessage.SEVERITY_ERROR, error.field() + ": " + error.message(), null));
        } else {
          faces.addMessage(
              clientId, new FacesMessage(FacesMessage.SEVERITY_ERROR, error.message(), null));
        }
      }
      return;
    }
    error(problem.detail());
  }

  static void problem(ProblemException problem) {
    problem(problem, Map.of());
  }

  private static String clientId(String field, Map<String, String> fields) {
    if (fields.containsKey(field)) {
      return fields.get(field);
    }
    String best = null;
    for (String name : fields.keySet()) {
      if (field.startsWith(name + ".") && (best == null || name.length() > best.length())) {
        best = name;
      }
    }
    return best == null ? null : fields.get(best);
  }
}
