package com.stockroom.orders.domain;

import static org.assertj.core.api.Assertions.assertThat;

import com.stockroom.common.problem.FieldError;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ReturnsTest {

  private static final Map<String, Integer> RETURNABLE = Map.of("A", 3, "B", 0);

  @Test
  void upToWhatIsLeftMayComeBack() {
    assertThat(Returns.check(RETURNABLE, List.of(new RequestedLine("A", 3)))).isEmpty();
  }

  @Test
  void moreThanIsLeftIsRefusedWithTheLimit() {
    assertThat(Returns.check(RETURNABLE, List.of(new RequestedLine("A", 4))))
        .containsExactly(
            new FieldError(
                "lines[0].quantity", "at most 3 units of this line can still be returned"));
  }

  @Test
  void aFullyReturnedLineSaysSo() {
    assertThat(Returns.check(RETURNABLE, List.of(new RequestedLine("B", 1))))
        .containsExactly(
            new FieldError("lines[0].quantity", "every unit of this line was already returned"));
  }

  @Test
  void skusOutsideTheOrderAndRepeatsAreRefused() {
    assertThat(
            Returns.check(
                RETURNABLE,
                List.of(
                    new RequestedLine("A", 1),
                    new RequestedLine("C", 1),
                    new RequestedLine("A", 1))))
        .extracting(FieldError::field)
        .containsExactlyInAnyOrder("lines[1].sku", "lines[2].sku");
  }
}
