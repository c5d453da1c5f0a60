package com.stockroom.bench;

/**
 * Milliseconds of CPU one request cost the server, PostgreSQL and the load client.
 *
 * @param compilerMs the part of {@code serverMs} that the server's JIT compilers used: near zero
 *     once a scenario's code is compiled, which the warm-up waits for
 */
record CpuPerRequest(double serverMs, double compilerMs, double databaseMs, double clientMs) {}
