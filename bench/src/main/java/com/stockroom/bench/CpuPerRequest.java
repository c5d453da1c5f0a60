package com.stockroom.bench;

/**
 * Milliseconds of CPU one request cost the server, PostgreSQL and the load client.
 *
 * @param compilerMs the part of {@code serverMs} that the server's JIT compilers used: near zero
 *     once a scenario's code is compiled, which the warm-up waits for
 */
record CpuPerRequest(double serverMs, double compilerMs, double databaseMs, double clientMs) {

  /** Two measurements' CPU per request as one, each weighted by its requests. */
  static CpuPerRequest pooled(CpuPerRequest a, long aRequests, CpuPerRequest b, long bRequests) {
    if (a == null || b == null) {
      return a == null ? b : a;
    }
    double total = aRequests + bRequests;
    double wa = aRequests / total;
    double wb = bRequests / total;
    return new CpuPerRequest(
        a.serverMs * wa + b.serverMs * wb,
        a.compilerMs * wa + b.compilerMs * wb,
        a.databaseMs * wa + b.databaseMs * wb,
        a.clientMs * wa + b.clientMs * wb);
  }
}
