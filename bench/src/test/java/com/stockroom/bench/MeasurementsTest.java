package com.stockroom.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

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
  void aCeilingMeasuredTwiceCountsAsTheirPooledRate() {
    Measurement first = pgbenchRun(3000, 10, 20, 40, 90, 1, 2);
    Measurement again = pgbenchRun(1500, 20, 30, 60, 80, 2, 5);

    Measurement both = first.pooledWith(again);

    assertThat(both.perSecond()).isEqualTo(75.0);
    assertThat(both.p99Ms()).isEqualTo(50.0);
    assertThat(both.maxMs()).isEqualTo(90.0);
    assertThat(both.errors()).containsExactlyEntriesOf(Map.of("failed", 3L));
    assertThat(both.cpu().databaseMs()).isEqualTo(3.0);
  }

  @Test
  void ceilingsAreMeasuredAgainAfterTheLastScenarioWithATargetAgainstThem() {
    Scenario hot = new Scenario("hot", "", new Scenario.Pgbench("o.sql", 1, Map.of()), null);
    Scenario spread = new Scenario("spread", "", new Scenario.Pgbench("o.sql", 1, Map.of()), null);
    Scenario.Wrk orders = new Scenario.Wrk("order.lua", "/o", 1, Map.of());
    List<Scenario> scenarios =
        List.of(
            hot,
            spread,
            new Scenario("orders-hot", "", orders, Scenario.Comparison.atLeast("hot", 0.5, "")),
            new Scenario(
                "orders-spread", "", orders, Scenario.Comparison.atLeast("spread", 0.5, "")),
            new Scenario("cart", "", orders, Scenario.Comparison.informative("spread")));

    assertThat(Bench.ceilingsToRepeat(scenarios))
        .isEqualTo(Map.of("orders-hot", List.of(hot), "orders-spread", List.of(spread)));
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
