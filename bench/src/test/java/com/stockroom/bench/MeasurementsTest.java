package com.stockroom.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** How the driver reads what wrk and pgbench wrote, and how it judges a run. */
class MeasurementsTest {

  @TempDir Path dir;

  @Test
  void readsWrkSummaryInMillisecondsWithOnlyTheErrorsThatHappened() throws Exception {
    Path summary = dir.resolve("s.json");
    Files.writeString(
        summary,
        "{\"requests\":3000,\"durationMicros\":30000000,\"bytes\":1,"
            + "\"errors\":{\"connect\":0,\"read\":0,\"write\":0,\"status\":7,\"timeout\":2},"
            + "\"latencyMicros\":{\"p50\":1500,\"p90\":2500,\"p99\":9000,\"mean\":1.0,"
            + "\"max\":12000}}");

    Measurement m = WrkRun.read(summary);

    assertThat(m.perSecond()).isEqualTo(100.0);
    assertThat(m.p50Ms()).isEqualTo(1.5);
    assertThat(m.p99Ms()).isEqualTo(9.0);
    assertThat(m.errors()).containsExactlyInAnyOrderEntriesOf(Map.of("status", 7L, "timeout", 2L));
    assertThat(m.errorCount()).isEqualTo(9);
  }

  @Test
  void readsPgbenchTransactionLogsCountingFailuresApart() throws Exception {
    Path client0 = dir.resolve("run.log.1");
    Path client1 = dir.resolve("run.log.1.1");
    Files.writeString(client0, "0 0 1000 0 1700000000 1\n0 1 3000 0 1700000000 2\n");
    Files.writeString(client1, "1 0 2000 0 1700000000 3\n1 1 failed 0 1700000000 4\n");

    Measurement m = PgbenchLog.read(List.of(client0, client1), 10, 0);

    assertThat(m.requests()).isEqualTo(3);
    assertThat(m.perSecond()).isEqualTo(0.3);
    assertThat(m.p50Ms()).isEqualTo(2.0);
    assertThat(m.maxMs()).isEqualTo(3.0);
    assertThat(m.errors()).containsExactlyEntriesOf(Map.of("failed", 1L));
  }

  @Test
  void nearestRankPercentile() {
    long[] sorted = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10};
    assertThat(PgbenchLog.percentile(sorted, 50)).isEqualTo(5);
    assertThat(PgbenchLog.percentile(sorted, 99)).isEqualTo(10);
    assertThat(PgbenchLog.percentile(new long[0], 99)).isZero();
  }

  @Test
  void aRunFailsOnAMissedRatioTargetAMissedMemoryTargetOrAFailedCheck() {
    Scenario ceiling =
        new Scenario("ceiling", "ceiling", new Scenario.Wrk("get.lua", "/", 1, Map.of()), null);
    Scenario good =
        new Scenario(
            "good",
            "good",
            new Scenario.Wrk("get.lua", "/", 1, Map.of()),
            Scenario.Comparison.atLeast("ceiling", 0.7, "≥ 70 %"));
    Scenario slow =
        new Scenario(
            "slow",
            "slow",
            new Scenario.Wrk("get.lua", "/", 1, Map.of()),
            Scenario.Comparison.atLeast("ceiling", 0.7, "≥ 70 %"));
    Map<String, Measurement> measured =
        Map.of(
            "ceiling", measurement(1000, 500),
            "good", measurement(800, 500),
            "slow", measurement(600, Report.RSS_TARGET_MB + 1));

    Report report =
        Report.of(
            Map.of(),
            List.of(ceiling, good, slow),
            measured,
            Map.of(),
            List.of(new Check("stock", false, "1 SKU below zero")));

    assertThat(report.outcomes().get(1).ratio()).contains(0.8);
    assertThat(report.outcomes().get(1).targetMet()).contains(true);
    assertThat(report.outcomes().get(2).targetMet()).contains(false);
    assertThat(report.outcomes().get(2).memoryMet()).contains(false);
    // slow misses its ratio and its memory target, and one check failed
    assertThat(report.failures()).isEqualTo(3);
  }

  @Test
  void refusesUnknownOptionsAndNonsenseDurations() {
    assertThatThrownBy(() -> Options.parse("--stack", "s", "--speed", "9"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("--speed");
    assertThatThrownBy(
            () ->
                Options.parse(
                    "--stack",
                    "s",
                    "--out",
                    "o",
                    "--wrk",
                    "w",
                    "--pgbench",
                    "p",
                    "--duration",
                    "0"))
        .isInstanceOf(IllegalArgumentException.class);
    assertThat(
            Options.parse(
                    "--stack", "s", "--out", "o", "--wrk", "w", "--pgbench", "p", "--only", "a, b")
                .only())
        .containsExactly("a", "b");
  }

  private static Measurement measurement(long requests, long rssPeakMb) {
    return new Measurement(requests, 1, 1, 1, 1, 1, Map.of(), rssPeakMb, rssPeakMb, null, 0);
  }

  @Test
  void slicesOfOneLoadCountAsTheirPooledRate() {
    Measurement first = pgbenchRun(3000, 10, 20, 40, 90, 1, 2);
    Measurement second = pgbenchRun(1500, 20, 30, 60, 80, 2, 5);
    Measurement third = pgbenchRun(1500, 30, 40, 50, 70, 0, 5);

    Measurement all = Measurement.pooled(List.of(first, second, third));

    assertThat(all.perSecond()).isEqualTo(6000 / 90.0);
    assertThat(all.p99Ms()).isEqualTo(50.0);
    assertThat(all.maxMs()).isEqualTo(90.0);
    assertThat(all.errors()).containsExactlyEntriesOf(Map.of("failed", 3L));
    assertThat(all.cpu().databaseMs()).isEqualTo(3.5);
  }

  @Test
  void alternatingSlicesGiveBothSidesTheSameTimeAroundTheSameMiddle() {
    List<Bench.Slice> slices = Bench.slices(30);

    double[] seconds = new double[2];
    double[] secondsTimesMiddle = new double[2];
    double clock = 0;
    for (Bench.Slice slice : slices) {
      int side = slice.ofReference() ? 1 : 0;
      seconds[side] += slice.seconds();
      secondsTimesMiddle[side] += slice.seconds() * (clock + slice.seconds() / 2.0);
      clock += slice.seconds();
    }
    assertThat(seconds[0]).isEqualTo(seconds[1]).isEqualTo(32);
    assertThat(secondsTimesMiddle[0] / seconds[0]).isEqualTo(secondsTimesMiddle[1] / seconds[1]);
    // the scenario turns into its reference twice: two waits for the dispatcher after orders
    assertThat(slices)
        .extracting(Bench.Slice::ofReference)
        .containsExactly(false, true, false, true, false);
    assertThat(Bench.slices(1)).allMatch(slice -> slice.seconds() >= 1);
  }

  @Test
  void aTargetIsJudgedAgainstItsReferenceMeasuredAlongsideWhenItWas() {
    Scenario pgbench = new Scenario("hot", "", new Scenario.Pgbench("o.sql", 1, Map.of()), null);
    Scenario.Wrk orders = new Scenario.Wrk("order.lua", "/o", 1, Map.of());
    Scenario judged =
        new Scenario("orders-hot", "", orders, Scenario.Comparison.atLeast("hot", 0.5, ""));
    Scenario informative = new Scenario("cart", "", orders, Scenario.Comparison.informative("hot"));
    Scenario login = new Scenario("hashing", "", new Scenario.Hashing(2), null);
    Scenario tokens =
        new Scenario("tokens", "", orders, Scenario.Comparison.atLeast("hashing", 0.9, ""));
    Map<String, Scenario> byName =
        Map.of("hot", pgbench, "orders-hot", judged, "cart", informative, "hashing", login);

    assertThat(Bench.judgedAgainst(judged, byName)).isEqualTo(pgbench);
    assertThat(Bench.judgedAgainst(informative, byName)).isNull();
    assertThat(Bench.judgedAgainst(tokens, byName)).isNull();
    assertThat(Bench.judgedAgainst(pgbench, byName)).isNull();

    Report report =
        Report.of(
            Map.of(),
            List.of(pgbench, judged, informative),
            Map.of(
                "hot", measurement(1000, 0),
                "orders-hot", measurement(450, 500),
                "cart", measurement(300, 500)),
            Map.of("orders-hot", measurement(800, 0)),
            List.of());

    assertThat(report.outcomes().get(1).ratio().orElseThrow()).isCloseTo(450 / 800.0, within(1e-9));
    assertThat(report.outcomes().get(1).referenceAlongside()).isTrue();
    assertThat(report.outcomes().get(1).targetMet()).contains(true);
    assertThat(report.outcomes().get(2).ratio().orElseThrow()).isCloseTo(0.3, within(1e-9));
    assertThat(report.outcomes().get(2).referenceAlongside()).isFalse();
  }

  /** A 30 s pgbench measurement with the given figures (the database's CPU per transaction). */
  private static Measurement pgbenchRun(
      long requests,
      double p50Ms,
      double p90Ms,
      double p99Ms,
      double maxMs,
      long failed,
      double databaseMs) {
    return new Measurement(
        requests,
        30,
        p50Ms,
        p90Ms,
        p99Ms,
        maxMs,
        Map.of("failed", failed),
        0,
        0,
        new CpuPerRequest(0, 0, databaseMs, 1),
        10);
  }
}
