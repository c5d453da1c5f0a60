package com.stockroom.bench;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The driver's command line, as bench/run passes it.
 *
 * @param only scenario names to run (empty: all)
 */
record Options(
    Path stackDir,
    Path outDir,
    Path wrkDir,
    Path pgbenchDir,
    int warmupSeconds,
    int durationSeconds,
    List<String> only) {

  static final String USAGE =
      "usage: Bench --stack <dir> --out <dir> --wrk <dir> --pgbench <dir>"
          + " [--warmup <s>] [--duration <s>] [--only a,b]";

  Options {
    only = List.copyOf(only);
    if (warmupSeconds < 0 || durationSeconds < 1) {
      throw new IllegalArgumentException("warm-up must be ≥ 0 s and duration ≥ 1 s");
    }
  }

  static Options parse(String... args) {
    Map<String, String> values = new LinkedHashMap<>();
    for (int i = 0; i < args.length; i += 2) {
      if (!args[i].startsWith("--") || i + 1 >= args.length) {
        throw new IllegalArgumentException(USAGE);
      }
      values.put(args[i].substring(2), args[i + 1]);
    }
    for (String name : values.keySet()) {
      if (!List.of("stack", "out", "wrk", "pgbench", "warmup", "duration", "only").contains(name)) {
        throw new IllegalArgumentException("unknown option --" + name + "\n" + USAGE);
      }
    }
    return new Options(
        Path.of(required(values, "stack")),
        Path.of(required(values, "out")),
        Path.of(required(values, "wrk")),
        Path.of(required(values, "pgbench")),
        Integer.parseInt(values.getOrDefault("warmup", "10")),
        Integer.parseInt(values.getOrDefault("duration", "30")),
        values.containsKey("only")
            ? Arrays.stream(values.get("only").split(",")).map(String::trim).toList()
            : List.of());
  }

  boolean selected(String scenario) {
    return only.isEmpty() || only.contains(scenario);
  }

  private static String required(Map<String, String> values, String name) {
    String value = values.get(name);
    if (value == null || value.isBlank()) {
      throw new IllegalArgumentException("--" + name + " is required\n" + USAGE);
    }
    return value;
  }
}
