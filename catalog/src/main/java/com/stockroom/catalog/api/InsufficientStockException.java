package com.stockroom.catalog.api;

import com.stockroom.common.problem.ProblemException;
import com.stockroom.common.problem.ProblemType;
import java.util.List;
import java.util.Map;

/**
 * 409: some lines cannot be served; nothing was changed. The problem's {@code shortLines} member
 * lists every short line with its requested and available quantities.
 */
public class InsufficientStockException extends ProblemException {

  private static final long serialVersionUID = 1L;

  public static final ProblemType TYPE =
      new ProblemType("/problems/insufficient-stock", "Insufficient stock", 409);

  private final transient List<ShortLine> shortLines;

  public InsufficientStockException(List<ShortLine> shortLines) {
    super(TYPE, describe(shortLines), Map.of("shortLines", List.copyOf(shortLines)), Map.of());
    this.shortLines = List.copyOf(shortLines);
  }

  public List<ShortLine> shortLines() {
    return shortLines;
  }

  private static String describe(List<ShortLine> lines) {
    return lines.size() == 1
        ? "Only " + lines.get(0).available() + " of " + lines.get(0).sku() + " available."
        : lines.size() + " lines are short; nothing was changed.";
  }
}
