package com.stockroom.orders.domain;

import com.stockroom.common.problem.FieldError;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Rules that span the lines of one request. A SKU named twice is refused rather than merged: the
 * client then learns that its own cart logic double-counted, instead of being charged for a sum it
 * never showed the customer.
 */
public final class RequestedLines {

  private RequestedLines() {}

  /**
   * One error per line that repeats an earlier line's SKU, naming the earlier line.
   *
   * @param field the request's name for the list, e.g. {@code lines}
   */
  public static List<FieldError> duplicates(String field, List<RequestedLine> lines) {
    Map<String, Integer> firstSeen = new HashMap<>();
    List<FieldError> errors = new ArrayList<>();
    for (int i = 0; i < lines.size(); i++) {
      Integer earlier = firstSeen.putIfAbsent(lines.get(i).sku(), i);
      if (earlier != null) {
        errors.add(
            new FieldError(
                field + "[" + i + "].sku",
                "repeats "
                    + field
                    + "["
                    + earlier
                    + "]; name each SKU once with its total quantity"));
      }
    }
    return errors;
  }
}
