package com.stockroom.bench;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonWriter;
import jakarta.json.stream.JsonGenerator;
import java.io.IOException;
import java.io.PrintStream;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * A run's results: each scenario's figures with its ratio to what it is compared with and the
 * targets of issue 9, the checks, and how the run was made. Written as results.json and printed as
 * a table.
 *
 * @param run how and where the run was made (date, machine, server settings), as given
 */
record Report(Map<String, String> run, List<Outcome> outcomes, List<Check> checks) {

  /** The server's resident memory must stay at or below this in every scenario. */
  static final long RSS_TARGET_MB = 768;

  Report {
    run = Collections.unmodifiableMap(new LinkedHashMap<>(run));
    outcomes = List.copyOf(outcomes);
    checks = List.copyOf(checks);
  }

  /**
   * One scenario's figures and how they compare.
   *
   * @param referenceRate requests per second of the scenario compared with, when it ran
   * @param referenceAlongside whether that rate was measured in slices alternating with this
   *     scenario's (else it is the reference's own measurement, at its place in the run)
   */
  record Outcome(
      Scenario scenario,
      Measurement measurement,
      Double referenceRate,
      boolean referenceAlongside) {

    Optional<Double> ratio() {
      return referenceRate == null || referenceRate == 0
          ? Optional.empty()
          : Optional.of(measurement.perSecond() / referenceRate);
    }

    /** Empty where the issue sets no target or the reference did not run. */
    Optional<Boolean> targetMet() {
      Scenario.Comparison comparison = scenario.comparison();
      if (comparison == null || comparison.minRatio() == null) {
        return Optional.empty();
      }
      return ratio().map(r -> r >= comparison.minRatio());
    }

    /** Empty for scenarios that do not load the server (pgbench, hashing in the driver). */
    Optional<Boolean> memoryMet() {
      return scenario.load() instanceof Scenario.Wrk
          ? Optional.of(measurement.rssPeakMb() <= RSS_TARGET_MB)
          : Optional.empty();
    }
  }

  static Report of(
      Map<String, String> run,
      List<Scenario> scenarios,
      Map<String, Measurement> measured,
      Map<String, Measurement> referencesAlongside,
      List<Check> checks) {
    List<Outcome> outcomes = new ArrayList<>();
    for (Scenario scenario : scenarios) {
      Measurement measurement = measured.get(scenario.name());
      if (measurement == null) {
        continue;
      }
      Measurement alongside = referencesAlongside.get(scenario.name());
      Double reference = null;
      if (alongside != null) {
        reference = alongside.perSecond();
      } else if (scenario.comparison() != null
          && measured.containsKey(scenario.comparison().reference())) {
        reference = measured.get(scenario.comparison().reference()).perSecond();
      }
      outcomes.add(new Outcome(scenario, measurement, reference, alongside != null));
    }
    return new Report(run, outcomes, checks);
  }

  /** Targets missed and checks failed; a run is good when this is zero. */
  long failures() {
    long ratiosMissed =
        outcomes.stream().filter(o -> o.targetMet().equals(Optional.of(false))).count();
    long memoryMissed =
        outcomes.stream().filter(o -> o.memoryMet().equals(Optional.of(false))).count();
    return ratiosMissed + memoryMissed + checks.stream().filter(c -> !c.passed()).count();
  }

  JsonObject toJson() {
    JsonObjectBuilder runJson = Json.createObjectBuilder();
    run.forEach(runJson::add);
    JsonArrayBuilder scenarios = Json.createArrayBuilder();
    for (Outcome outcome : outcomes) {
      Measurement m = outcome.measurement();
      JsonObjectBuilder errors = Json.createObjectBuilder();
      m.errors().forEach(errors::add);
      JsonObjectBuilder json =
          Json.createObjectBuilder()
              .add("name", outcome.scenario().name())
              .add("title", outcome.scenario().title())
              .add("tool", tool(outcome.scenario()))
              .add("connections", connections(outcome.scenario()))
              .add("requests", m.requests())
              .add("warmupSeconds", m.warmupSeconds())
              .add("seconds", round(m.seconds()))
              .add("requestsPerSecond", round(m.perSecond()))
              .add(
                  "latencyMs",
                  Json.createObjectBuilder()
                      .add("p50", round(m.p50Ms()))
                      .add("p90", round(m.p90Ms()))
                      .add("p99", round(m.p99Ms()))
                      .add("max", round(m.maxMs())))
              .add("errors", m.errorCount())
              .add("errorsByKind", errors);
      if (outcome.scenario().load() instanceof Scenario.Wrk) {
        json.add("rssPeakMb", m.rssPeakMb()).add("rssEndMb", m.rssEndMb());
        json.add("rssTargetMet", m.rssPeakMb() <= RSS_TARGET_MB);
      }
      if (m.cpu() != null) {
        json.add(
            "cpuMsPerRequest",
            Json.createObjectBuilder()
                .add("server", round(m.cpu().serverMs()))
                .add("serverJitCompilers", round(m.cpu().compilerMs()))
                .add("postgresql", round(m.cpu().databaseMs()))
                .add("client", round(m.cpu().clientMs())));
      }
      Scenario.Comparison comparison = outcome.scenario().comparison();
      if (comparison != null) {
        JsonObjectBuilder compared =
            Json.createObjectBuilder().add("reference", comparison.reference());
        if (outcome.referenceRate() != null) {
          compared
              .add("referenceRequestsPerSecond", round(outcome.referenceRate()))
              .add("referenceMeasured", outcome.referenceAlongside() ? "alongside" : "on its own");
        }
        outcome.ratio().ifPresent(r -> compared.add("ratio", round(r)));
        if (comparison.minRatio() != null) {
          compared.add("minRatio", round(comparison.minRatio())).add("target", comparison.target());
          outcome.targetMet().ifPresent(met -> compared.add("targetMet", met));
        }
        json.add("comparison", compared);
      }
      scenarios.add(json);
    }
    JsonArrayBuilder checksJson = Json.createArrayBuilder();
    for (Check check : checks) {
      checksJson.add(
          Json.createObjectBuilder()
              .add("name", check.name())
              .add("passed", check.passed())
              .add("detail", check.detail()));
    }
    return Json.createObjectBuilder()
        .add("run", runJson)
        .add("rssTargetMb", RSS_TARGET_MB)
        .add("scenarios", scenarios)
        .add("checks", checksJson)
        .add("failures", failures())
        .build();
  }

  void writeJson(Path file) throws IOException {
    try (Writer out = Files.newBufferedWriter(file);
        JsonWriter writer =
            Json.createWriterFactory(Map.of(JsonGenerator.PRETTY_PRINTING, true))
                .createWriter(out)) {
      writer.writeObject(toJson());
    }
  }

  void printTable(PrintStream out) {
    String format = "%-34s %9s %8s %8s %7s  %-22s %6s  %-22s %6s%n";
    out.printf(
        format,
        "scenario",
        "req/s",
        "p50 ms",
        "p99 ms",
        "errors",
        "compared with",
        "ratio",
        "target",
        "RSS MB");
    out.println("-".repeat(132));
    for (Outcome outcome : outcomes) {
      Measurement m = outcome.measurement();
      Scenario.Comparison comparison = outcome.scenario().comparison();
      String target = "";
      if (comparison != null && comparison.minRatio() != null) {
        target =
            comparison.target()
                + outcome.targetMet().map(met -> met ? "  met" : "  MISSED").orElse("  (n/a)");
      }
      String rss = outcome.memoryMet().map(met -> m.rssPeakMb() + (met ? "" : " !")).orElse("–");
      out.printf(
          Locale.ROOT,
          format,
          outcome.scenario().title(),
          String.format(Locale.ROOT, "%.1f", m.perSecond()),
          String.format(Locale.ROOT, "%.2f", m.p50Ms()),
          String.format(Locale.ROOT, "%.2f", m.p99Ms()),
          m.errorCount(),
          comparison == null
              ? "(ceiling)"
              : comparison.reference() + (outcome.referenceAlongside() ? " *" : ""),
          outcome.ratio().map(r -> String.format(Locale.ROOT, "%.2f", r)).orElse("–"),
          target,
          rss);
    }
    if (outcomes.stream().anyMatch(Outcome::referenceAlongside)) {
      out.printf(
          "%n* measured alongside: in slices alternating with this scenario's, not its own row%n");
    }
    out.printf(
        "%nresident memory target: peak ≤ %d MB in every HTTP scenario (\"!\" marks a miss)%n",
        RSS_TARGET_MB);
    for (Check check : checks) {
      out.printf(
          "check %-40s %s  %s%n", check.name(), check.passed() ? "ok" : "FAILED", check.detail());
    }
  }

  static int connections(Scenario scenario) {
    if (scenario.load() instanceof Scenario.Wrk wrk) {
      return wrk.connections();
    }
    if (scenario.load() instanceof Scenario.Pgbench pgbench) {
      return pgbench.clients();
    }
    return ((Scenario.Hashing) scenario.load()).threads();
  }

  static String tool(Scenario scenario) {
    if (scenario.load() instanceof Scenario.Wrk) {
      return "wrk";
    }
    return scenario.load() instanceof Scenario.Pgbench ? "pgbench" : "driver";
  }

  private static double round(double value) {
    return Math.round(value * 100) / 100.0;
  }
}
