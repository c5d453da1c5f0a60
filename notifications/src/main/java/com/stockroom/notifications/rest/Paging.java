package com.stockroom.notifications.rest;

import com.stockroom.common.paging.PageRequest;
import com.stockroom.common.problem.ValidationProblem;
import com.stockroom.common.rest.QueryParams;

/** Page and size parsed together with a request's other parameters: every problem in one 400. */
final class Paging {

  private Paging() {}

  static PageRequest parse(QueryParams params, String page, String size) {
    PageRequest request = null;
    try {
      request = PageRequest.parse(page, size);
    } catch (ValidationProblem problem) {
      problem.errors().forEach(error -> params.reject(error.field(), error.message()));
    }
    params.throwIfInvalid();
    return request;
  }
}
