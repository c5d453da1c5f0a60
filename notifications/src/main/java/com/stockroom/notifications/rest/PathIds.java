package com.stockroom.notifications.rest;

import com.stockroom.common.problem.ProblemException;

/** Ids in paths are opaque strings to clients; one that is not ours names nothing: 404. */
final class PathIds {

  private PathIds() {}

  static long parse(String raw, String what) {
    try {
      long id = Long.parseLong(raw);
      if (id > 0) {
        return id;
      }
    } catch (NumberFormatException e) {
      // falls through to 404
    }
    throw ProblemException.notFound(what + " " + raw);
  }
}
