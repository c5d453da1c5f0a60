package com.stockroom.catalog.api;

import com.stockroom.common.problem.ProblemException;
import com.stockroom.common.problem.ProblemType;
import java.util.List;
import java.util.Map;

/** 422: the request names SKU codes the catalog does not have ({@code skus} lists them). */
public class UnknownSkuException extends ProblemException {

  private static final long serialVersionUID = 1L;

  public static final ProblemType TYPE =
      new ProblemType("/problems/unknown-sku", "Unknown SKU", 422);

  public UnknownSkuException(List<String> codes) {
    super(
        TYPE,
        "No SKU has the code" + (codes.size() == 1 ? " " : "s ") + String.join(", ", codes) + ".",
        Map.of("skus", List.copyOf(codes)),
        Map.of());
  }
}
