package com.stockroom.bench;

import java.util.Map;

/**
 * One thing the benchmark measures: a load (wrk against the server, or pgbench against the
 * database) and what its throughput is compared with.
 *
 * @param name short id, used for file names and in results.json
 * @param title what a reader sees in the table
 * @param comparison the scenario whose throughput this one is compared with, and the target if the
 *     issue sets one; null when the scenario is a ceiling itself
 */
record Scenario(String name, String title, Load load, Comparison comparison) {

  /** How a scenario makes its load. */
  sealed interface Load permits Wrk, Pgbench, Hashing {}

  /**
   * wrk with a Lua script from bench/src/main/wrk, against a path of the server.
   *
   * @param env what the Lua script reads (token files, SKU lists, passwords)
   * @param fixedWarmup whether the warm-up stops after {@code --warmup} seconds even while the
   *     server is still compiling: for a script whose warm-up has only so much to do
   */
  record Wrk(
      String script, String path, int connections, Map<String, String> env, boolean fixedWarmup)
      implements Load {
    Wrk {
      env = Map.copyOf(env);
    }

    Wrk(String script, String path, int connections, Map<String, String> env) {
      this(script, path, connections, env, false);
    }
  }

  /**
   * pgbench with a script from bench/src/main/pgbench, in the ceiling database.
   *
   * @param variables pgbench {@code -D} variables
   */
  record Pgbench(String script, int clients, Map<String, String> variables) implements Load {
    Pgbench {
      variables = Map.copyOf(variables);
    }
  }

  /**
   * Password checks in the driver's own JVM at identity's cost, on as many threads as the machine
   * has cores: the ceiling of a token exchange, whose time is almost all in the password check.
   */
  record Hashing(int threads) implements Load {}

  /**
   * This scenario's requests per second divided by the reference's.
   *
   * @param minRatio the target ratio, or null where the issue sets none (the ratio is shown for
   *     information)
   * @param target the target as the issue words it, for the table
   */
  record Comparison(String reference, Double minRatio, String target) {

    static Comparison informative(String reference) {
      return new Comparison(reference, null, "");
    }

    static Comparison atLeast(String reference, double minRatio, String target) {
      return new Comparison(reference, minRatio, target);
    }
  }
}
