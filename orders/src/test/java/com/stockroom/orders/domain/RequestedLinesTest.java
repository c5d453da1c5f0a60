package com.stockroom.orders.domain;

import static org.assertj.core.api.Assertions.assertThat;

import com.stockroom.common.problem.FieldError;
import java.util.List;
import org.junit.jupiter.api.Test;

class RequestedLinesTest {

  @Test
  void distinctSkusPass() {
    assertThat(
            RequestedLines.duplicates(
                "lines", List.of(new RequestedLine("A", 1), new RequestedLine("B", 2))))
        .isEmpty();
  }

  @Test
  void everyRepeatNamesTheLineItRepeats() {
    List<FieldError> errors =
        RequestedLines.duplicates(
            "lines",
            List.of(
                new RequestedLine("A", 1),
                new RequestedLine("B", 1),
                new RequestedLine("A", 2),
                new RequestedLine("A", 3)));
    assertThat(errors)
        .extracting(FieldError::field)
        .containsExactly("lines[2].sku", "lines[3].sku");
    assertThat(errors).allSatisfy(e -> assertThat(e.message()).startsWith("repeats lines[0]"));
  }

  @Test
  void skuCodesAreCaseSensitiveLikeTheCatalogs() {
    assertThat(
            RequestedLines.duplicates(
                "lines", List.of(new RequestedLine("a", 1), new RequestedLine("A", 1))))
        .isEmpty();
  }
}
