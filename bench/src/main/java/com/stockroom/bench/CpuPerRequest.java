package com.stockroom.bench;

import java.util.List;

/**
 * Milliseconds of CPU one request cost the server, PostgreSQL and the load client.
 *
 * @param compilerMs the part of {@code serverMs} that the server's JIT compilers used: near zero
 *     once a scenario's code is compiled, which the warm-up waits for
 */
record CpuPerRequest(double serverMs, double compilerMs, double databaseMs, double clientMs) {

  /**
   * The CPU per request of measurements of one load as one, each weighted by its requests; null
   * when none of them measured CPU.
   */
  static CpuPerRequest pooled(List<Measurement> runs) {
    // a measurement has CPU per request only when it completed requests
    List<Measurement> measured = runs.stream().filter(run -> run.cpu() != null).toList();
    if (measured.isEmpty()) {
      return null;
    }
    double requests = measured.stream().mapToLong(Measurement::requests).sum();
    double server = 0;
    double compiler = 0;
    double database = 0;
    double client = 0;
    for (Measurement run : measured) {
      double weight = run.requests() / requests;
      server += run.cpu().serverMs * weight;
      compiler += run.cpu().compilerMs * weight;
      database += run.cpu().databaseMs * weight;
      client += run.cpu().clientMs * weight;
    }
    return new CpuPerRequest(server, compiler, database, client);
  }
}
