package com.stockroom.bench;

import java.util.Map;

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
}
