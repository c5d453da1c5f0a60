package com.stockroom.bench;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * What one scenario measured after its warm-up: throughput, latency percentiles, failures and the
 * server's resident memory.
 *
 * @param errors failed requests or transactions by kind (connect, read, write, timeout, status for
 *     non-2xx answers; failed for pgbench), only non-zero kinds
 * @param rssPeakMb the server's peak resident memory during the measurement (0 for pgbench, which
 *     does not touch the server)
 * @param cpu CPU per request during the measurement, {@code null} where not measured
 * @param warmupSeconds how long the scenario ran before it was measured
 */
record Measurement(
    long requests,
    double seconds,
    double p50Ms,
    double p90Ms,
    double p99Ms,
    double maxMs,
    Map<String, Long> errors,
    long rssPeakMb,
    long rssEndMb,
    CpuPerRequest cpu,
    int warmupSeconds) {

  Measurement {
    errors = Map.copyOf(errors);
  }

  double perSecond() {
    return seconds > 0 ? requests / seconds : 0;
  }

  long errorCount() {
    return errors.values().stream().mapToLong(Long::longValue).sum();
  }

  Measurement withMemory(long peakMb, long endMb) {
    return new Measurement(
        requests, seconds, p50Ms, p90Ms, p99Ms, maxMs, errors, peakMb, endMb, cpu, warmupSeconds);
  }

  Measurement withCpu(CpuPerRequest measured) {
    return new Measurement(
        requests,
        seconds,
        p50Ms,
        p90Ms,
        p99Ms,
        maxMs,
        errors,
        rssPeakMb,
        rssEndMb,
        measured,
        warmupSeconds);
  }

  Measurement withWarmup(int warmup) {
    return new Measurement(
        requests, seconds, p50Ms, p90Ms, p99Ms, maxMs, errors, rssPeakMb, rssEndMb, cpu, warmup);
  }

  /**
   * Measurements of the same load as one: their requests over their seconds, errors added up, CPU
   * per request weighted by requests, latency percentiles averaged (an approximation; each run's
   * own are in raw/), the worst maximum and peak, the last run's resident memory at its end and the
   * first run's warm-up.
   */
  static Measurement pooled(List<Measurement> runs) {
    if (runs.isEmpty()) {
      throw new IllegalArgumentException("nothing to pool");
    }
    Map<String, Long> allErrors = new TreeMap<>();
    runs.forEach(
        run -> run.errors.forEach((kind, count) -> allErrors.merge(kind, count, Long::sum)));
    return new Measurement(
        runs.stream().mapToLong(Measurement::requests).sum(),
        runs.stream().mapToDouble(Measurement::seconds).sum(),
        runs.stream().mapToDouble(Measurement::p50Ms).average().orElseThrow(),
        runs.stream().mapToDouble(Measurement::p90Ms).average().orElseThrow(),
        runs.stream().mapToDouble(Measurement::p99Ms).average().orElseThrow(),
        runs.stream().mapToDouble(Measurement::maxMs).max().orElseThrow(),
        allErrors,
        runs.stream().mapToLong(Measurement::rssPeakMb).max().orElseThrow(),
        runs.get(runs.size() - 1).rssEndMb,
        CpuPerRequest.pooled(runs),
        runs.get(0).warmupSeconds);
  }
}
