package com.stockroom.bench;

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
   * This measurement and a later one of the same load as one: their requests over their seconds,
   * errors added up, CPU per request weighted by requests, latency percentiles averaged (an
   * approximation; each run's own are in raw/), the worse maximum.
   */
  Measurement pooledWith(Measurement later) {
    Map<String, Long> allErrors = new TreeMap<>(errors);
    later.errors.forEach((kind, count) -> allErrors.merge(kind, count, Long::sum));
    return new Measurement(
        requests + later.requests,
        seconds + later.seconds,
        (p50Ms + later.p50Ms) / 2,
        (p90Ms + later.p90Ms) / 2,
        (p99Ms + later.p99Ms) / 2,
        Math.max(maxMs, later.maxMs),
        allErrors,
        Math.max(rssPeakMb, later.rssPeakMb),
        later.rssEndMb,
        CpuPerRequest.pooled(cpu, requests, later.cpu, later.requests),
        warmupSeconds);
  }
}
