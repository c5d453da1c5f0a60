package com.stockroom.bench;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Runs a wrk scenario: a warm-up whose figures are dropped, then the measurement, and reads the
 * summary that bench.lua's {@code done} hook writes as JSON.
 *
 * <p>The warm-up lasts {@code --warmup} seconds and then goes on in short slices while the server's
 * JIT compilers still use more than {@link #SETTLED_COMPILER_SHARE} of its CPU. A fixed 10 s was
 * not enough for the order scenarios, the first to run Hibernate's write path: C2 compiled through
 * their whole measured window, a quarter of the server's CPU (perf, JFR compiler statistics), and
 * the first of them paid most of it.
 */
final class WrkRun {

  /** wrk's own threads; the machine has two cores, shared with the server and PostgreSQL. */
  private static final int THREADS = 2;

  /** The compilers' share of the server's CPU below which its code counts as compiled. */
  static final double SETTLED_COMPILER_SHARE = 0.05;

  private static final int SLICE_SECONDS = 5;

  /** Warm-up beyond {@code --warmup}, at most: a scenario whose compilers never settle is run. */
  private static final int MAX_EXTRA_WARMUP_SECONDS = 120;

  private final Stack stack;
  private final Options options;
  private final Path rawDir;

  WrkRun(Stack stack, Options options, Path rawDir) {
    this.stack = stack;
    this.options = options;
    this.rawDir = rawDir;
  }

  /** Warms the scenario up (see the class comment), then measures it for {@code --duration}. */
  Measurement run(String name, Scenario.Wrk load) throws IOException, InterruptedException {
    int warmup = warmUp(name, load);
    return measure(name, load, options.durationSeconds()).withWarmup(warmup);
  }

  /**
   * One slice of an alternating measurement of a scenario that was warmed up before: a short
   * unmeasured lead-in (wrk's connections open, the server's pools fill again), then {@code
   * seconds} measured.
   */
  Measurement slice(String name, Scenario.Wrk load, int leadInSeconds, int seconds)
      throws IOException, InterruptedException {
    wrk(name + ".lead-in", load, leadInSeconds, null);
    return measure(name, load, seconds);
  }

  private Measurement measure(String name, Scenario.Wrk load, int seconds)
      throws IOException, InterruptedException {
    Path summary = rawDir.resolve(name + ".summary.json");
    Files.deleteIfExists(summary);
    ResidentMemory memory = ResidentMemory.watch(stack.serverPid());
    CpuTime.Sample before = CpuTime.sample(stack.serverPid());
    CpuTime.Sample after;
    try {
      wrk(name, load, seconds, summary);
    } finally {
      after = CpuTime.sample(stack.serverPid());
      memory.close();
    }
    Measurement measured = read(summary).withMemory(memory.peakMb(), memory.lastMb());
    return measured.withCpu(CpuTime.perRequest(before, after, measured.requests()));
  }

  /**
   * Warms the scenario up until its code is compiled (see the class comment).
   *
   * @return the seconds it took
   */
  int warmUp(String name, Scenario.Wrk load) throws IOException, InterruptedException {
    if (options.warmupSeconds() == 0) {
      return 0;
    }
    int seconds = options.warmupSeconds();
    boolean settled = warmUpFor(name + ".warmup", load, seconds);
    if (load.fixedWarmup()) {
      return seconds;
    }
    for (int slice = 1;
        !settled && seconds < options.warmupSeconds() + MAX_EXTRA_WARMUP_SECONDS;
        slice++) {
      settled = warmUpFor(name + ".warmup-" + slice, load, SLICE_SECONDS);
      seconds += SLICE_SECONDS;
    }
    return seconds;
  }

  /** One warm-up run; true when the compilers were under their settled share during it. */
  private boolean warmUpFor(String runName, Scenario.Wrk load, int seconds)
      throws IOException, InterruptedException {
    Path server = Path.of("/proc", Long.toString(stack.serverPid()));
    long serverBefore = CpuTime.ticks(server);
    long compilerBefore = CpuTime.compilerTicks(stack.serverPid());
    wrk(runName, load, seconds, null);
    return isSettled(
        CpuTime.compilerTicks(stack.serverPid()) - compilerBefore,
        CpuTime.ticks(server) - serverBefore);
  }

  static boolean isSettled(long compilerTicks, long serverTicks) {
    return compilerTicks <= SETTLED_COMPILER_SHARE * serverTicks;
  }

  private void wrk(String runName, Scenario.Wrk load, int seconds, Path summary)
      throws IOException, InterruptedException {
    List<String> command = new ArrayList<>();
    command.add("wrk");
    int threads = Math.min(THREADS, load.connections());
    command.add("-t" + threads);
    command.add("-c" + load.connections());
    command.add("-d" + seconds + "s");
    command.add("--timeout");
    command.add("10s");
    command.add("--latency");
    command.add("-s");
    command.add(options.wrkDir().resolve(load.script()).toString());
    command.add(stack.baseUri() + load.path());
    ProcessBuilder builder = new ProcessBuilder(command);
    builder.environment().putAll(load.env());
    builder.environment().put("BENCH_LUA_DIR", options.wrkDir().toString());
    builder.environment().put("BENCH_THREADS", Integer.toString(threads));
    if (summary != null) {
      builder.environment().put("BENCH_WRK_OUT", summary.toString());
    } else {
      builder.environment().put("BENCH_WARMUP", "1");
    }
    Path output = rawDir.resolve(runName + ".wrk.txt");
    builder.redirectErrorStream(true).redirectOutput(output.toFile());
    int exit = builder.start().waitFor();
    if (exit != 0) {
      throw new IllegalStateException(
          "wrk failed (exit " + exit + ") for " + runName + ":\n" + Files.readString(output));
    }
  }

  /** The JSON bench.lua writes: counts, duration and latency in microseconds. */
  static Measurement read(Path summary) throws IOException {
    if (!Files.exists(summary)) {
      throw new IllegalStateException("wrk wrote no summary to " + summary);
    }
    JsonObject json;
    try (Reader in = Files.newBufferedReader(summary);
        JsonReader reader = Json.createReader(in)) {
      json = reader.readObject();
    }
    JsonObject latency = json.getJsonObject("latencyMicros");
    Map<String, Long> errors = new LinkedHashMap<>();
    JsonObject counts = json.getJsonObject("errors");
    for (String kind : counts.keySet()) {
      long count = counts.getJsonNumber(kind).longValue();
      if (count > 0) {
        errors.put(kind, count);
      }
    }
    return new Measurement(
        json.getJsonNumber("requests").longValue(),
        json.getJsonNumber("durationMicros").longValue() / 1e6,
        latency.getJsonNumber("p50").doubleValue() / 1000,
        latency.getJsonNumber("p90").doubleValue() / 1000,
        latency.getJsonNumber("p99").doubleValue() / 1000,
        latency.getJsonNumber("max").doubleValue() / 1000,
        errors,
        0,
        0,
        null,
        0);
  }
}
