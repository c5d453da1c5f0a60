package com.stockroom.catalog.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The crossings, as a table: each row is a story of changes to one SKU (available stock and
 * thresholds) and the events it must publish, change by change. The SKU's recorded level is carried
 * from one change to the next, as the database carries it.
 */
class AlertCrossingTest {

  /** One change: available stock goes from the current value to {@code available}. */
  record Step(int available, AlertThresholds thresholds, String expected) {}

  static Step stock(int available, Integer alert, Integer critical, String expected) {
    return new Step(available, new AlertThresholds(alert, critical), expected);
  }

  static Stream<Arguments> stories() {
    return Stream.of(
        Arguments.of("down through the threshold", 12, List.of(stock(9, 10, null, "low"))),
        Arguments.of(
            "down to exactly the threshold is not below it", 12, List.of(stock(10, 10, null, "-"))),
        Arguments.of(
            "already below: falling further publishes nothing",
            12,
            List.of(stock(9, 10, null, "low"), stock(5, 10, null, "-"), stock(1, 10, null, "-"))),
        Arguments.of(
            "threshold raised above the stock",
            8,
            List.of(stock(8, 5, null, "-"), stock(8, 10, null, "low"))),
        Arguments.of(
            "threshold set for the first time, already above the stock",
            3,
            List.of(stock(3, 10, 5, "critical"))),
        Arguments.of(
            "threshold raised, but still below the stock",
            20,
            List.of(stock(20, 10, null, "-"), stock(20, 15, null, "-"))),
        Arguments.of(
            "threshold lowered under the stock clears the alert",
            8,
            List.of(stock(8, 10, null, "low"), stock(8, 5, null, "-"), stock(4, 5, null, "low"))),
        Arguments.of(
            "back above and down again publishes again",
            12,
            List.of(
                stock(9, 10, null, "low"), stock(15, 10, null, "-"), stock(7, 10, null, "low"))),
        Arguments.of(
            "low, then critical, is a second alert",
            12,
            List.of(stock(8, 10, 3, "low"), stock(2, 10, 3, "critical"), stock(1, 10, 3, "-"))),
        Arguments.of(
            "through both thresholds at once is one critical alert",
            12,
            List.of(stock(2, 10, 3, "critical"))),
        Arguments.of(
            "recovering from critical to low publishes nothing",
            1,
            List.of(
                stock(1, 10, 3, "critical"), stock(5, 10, 3, "-"), stock(2, 10, 3, "critical"))),
        Arguments.of(
            "to zero is out of stock, and below the threshold",
            12,
            List.of(stock(0, 10, null, "low+out"))),
        Arguments.of(
            "to zero from already below is out of stock only",
            12,
            List.of(stock(4, 10, null, "low"), stock(0, 10, null, "out"))),
        Arguments.of(
            "to zero without thresholds is out of stock only",
            5,
            List.of(stock(0, null, null, "out"))),
        Arguments.of(
            "staying at zero, and a threshold change at zero, are not 'reaching' it",
            5,
            List.of(
                stock(0, null, null, "out"), stock(0, null, null, "-"), stock(0, 5, null, "low"))),
        Arguments.of(
            "back from zero and to zero again is out of stock again",
            3,
            List.of(
                stock(0, null, null, "out"),
                stock(6, null, null, "-"),
                stock(0, null, null, "out"))));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("stories")
  void publishesExactlyTheExpectedEvents(String story, int startAvailable, List<Step> steps) {
    AlertLevel recorded = AlertLevel.NONE;
    int available = startAvailable;
    List<String> published = new ArrayList<>();
    List<String> expected = new ArrayList<>();
    for (Step step : steps) {
      AlertCrossing crossing =
          AlertCrossing.of(recorded, available, step.available(), step.thresholds());
      published.add(describe(crossing));
      expected.add(step.expected());
      recorded = crossing.to();
      available = step.available();
    }
    assertThat(published).as(story).isEqualTo(expected);
  }

  private static String describe(AlertCrossing crossing) {
    String low = crossing.lowStock() ? crossing.to().name().toLowerCase(java.util.Locale.ROOT) : "";
    String out = crossing.outOfStock() ? "out" : "";
    if (low.isEmpty() && out.isEmpty()) {
      return "-";
    }
    return low.isEmpty() ? out : out.isEmpty() ? low : low + "+" + out;
  }

  @org.junit.jupiter.api.Test
  void theAlertClockRestartsWhenTheLevelRisesAndStopsWhenItClears() {
    Instant first = Instant.parse("2026-11-22T10:00:00Z");
    Instant later = Instant.parse("2026-11-22T11:00:00Z");
    AlertThresholds thresholds = new AlertThresholds(10, 3);

    AlertState low =
        AlertState.NONE.after(AlertCrossing.of(AlertLevel.NONE, 12, 8, thresholds), first);
    assertThat(low).isEqualTo(new AlertState(AlertLevel.LOW, first));

    AlertState stillLow = low.after(AlertCrossing.of(AlertLevel.LOW, 8, 5, thresholds), later);
    assertThat(stillLow).isEqualTo(low);

    AlertState critical = stillLow.after(AlertCrossing.of(AlertLevel.LOW, 5, 1, thresholds), later);
    assertThat(critical).isEqualTo(new AlertState(AlertLevel.CRITICAL, later));

    AlertState recovered =
        critical.after(AlertCrossing.of(AlertLevel.CRITICAL, 1, 40, thresholds), later);
    assertThat(recovered).isEqualTo(AlertState.NONE);
  }
}
