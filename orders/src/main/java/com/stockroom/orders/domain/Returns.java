package com.stockroom.orders.domain;

import com.stockroom.common.problem.FieldError;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** What may come back of a delivered order: per SKU, no more than was sold and not yet returned. */
public final class Returns {

  private Returns() {}

  /**
   * @param returnable per SKU of the order, the units sold minus the units already returned
   * @return one error per line that names a SKU the order does not have or returns too many
   */
  public static List<FieldError> check(Map<String, Integer> returnable, List<RequestedLine> lines) {
    List<FieldError> errors = new ArrayList<>(RequestedLines.duplicates("lines", lines));
    for (int i = 0; i < lines.size(); i++) {
      RequestedLine line = lines.get(i);
      Integer left = returnable.get(line.sku());
      if (left == null) {
        errors.add(new FieldError("lines[" + i + "].sku", "is not a line of this order"));
      } else if (line.quantity() > left) {
        errors.add(
            new FieldError(
                "lines[" + i + "].quantity",
                left == 0
                    ? "every unit of this line was already returned"
                    : "at most " + left + " units of this line can still be returned"));
      }
    }
    return errors;
  }
}
