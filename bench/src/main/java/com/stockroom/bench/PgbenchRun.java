package com.stockroom.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The database's ceiling: pgbench running an order placement's SQL on the same PostgreSQL primary
 * (same durability settings, same WAL, same disk) in a copy of the application's schemas, so the
 * benchmark's own orders and ledger stay untouched.
 */
final class PgbenchRun {

  static final String DATABASE = "bench_ceiling";

  private static final Pattern ABORTED = Pattern.compile("client \\d+ aborted");

  private final Stack stack;
  private final Options options;
  private final Path rawDir;
  private final Path workDir;

  PgbenchRun(Stack stack, Options options, Path rawDir) {
    this.stack = stack;
    this.options = options;
    this.rawDir = rawDir;
    this.workDir = stack.dir().resolve("ceiling");
  }

  /**
   * Creates {@value #DATABASE} with the schemas' tables, indexes, constraints and triggers as
   * Liquibase made them, and copies the rows of {@code dataTables} (those the script reads or
   * references).
   */
  void prepareDatabase(List<String> schemas, List<String> dataTables)
      throws IOException, InterruptedException, SQLException {
    Files.createDirectories(workDir);
    try (Connection db = stack.superuser("postgres");
        Statement statement = db.createStatement()) {
      statement.execute("DROP DATABASE IF EXISTS " + DATABASE);
      statement.execute("CREATE DATABASE " + DATABASE + " OWNER " + stack.dbUser());
    }
    Path schema = workDir.resolve("schema.sql");
    List<String> dumpSchema =
        new ArrayList<>(List.of("--schema-only", "--no-owner", "--no-privileges"));
    schemas.forEach(name -> dumpSchema.add("--schema=" + name));
    dumpSchema.add("--file=" + schema);
    dumpSchema.add(Stack.DATABASE);
    exec(stack.pgProgram(stack.dbUser(), "pg_dump", dumpSchema.toArray(String[]::new)));
    exec(psql(stack.dbUser(), schema));

    Path data = workDir.resolve("data.sql");
    List<String> dumpData = new ArrayList<>(List.of("--data-only", "--disable-triggers"));
    dataTables.forEach(table -> dumpData.add("--table=" + table));
    dumpData.add("--file=" + data);
    dumpData.add(Stack.DATABASE);
    exec(stack.pgProgram("postgres", "pg_dump", dumpData.toArray(String[]::new)));
    exec(psql("postgres", data));
    try (Connection db = stack.superuser(DATABASE);
        Statement statement = db.createStatement()) {
      statement.execute("ANALYZE");
    }
  }

  /** {@code --warmup} seconds of pgbench, then {@code --duration} seconds measured. */
  Measurement run(String name, Scenario.Pgbench load) throws IOException, InterruptedException {
    if (options.warmupSeconds() > 0) {
      pgbench(name + ".warmup", load, options.warmupSeconds(), false);
    }
    return measure(name, load, options.durationSeconds()).withWarmup(options.warmupSeconds());
  }

  /**
   * One slice of an alternating measurement: a short unmeasured lead-in (pgbench's clients
   * connect), then {@code seconds} measured.
   */
  Measurement slice(String name, Scenario.Pgbench load, int leadInSeconds, int seconds)
      throws IOException, InterruptedException {
    pgbench(name + ".lead-in", load, leadInSeconds, false);
    return measure(name, load, seconds);
  }

  private Measurement measure(String name, Scenario.Pgbench load, int seconds)
      throws IOException, InterruptedException {
    CpuTime.Sample before = CpuTime.sample(stack.serverPid());
    long aborted = pgbench(name, load, seconds, true);
    CpuTime.Sample after = CpuTime.sample(stack.serverPid());
    List<Path> logs;
    try (Stream<Path> files = Files.list(workDir)) {
      logs = files.filter(f -> f.getFileName().toString().startsWith(name + ".log.")).toList();
    }
    Measurement measured = PgbenchLog.read(logs, seconds, aborted);
    return measured.withCpu(CpuTime.perRequest(before, after, measured.requests()));
  }

  /** Runs pgbench; returns how many clients aborted on an error. */
  private long pgbench(String runName, Scenario.Pgbench load, int seconds, boolean log)
      throws IOException, InterruptedException {
    List<String> args = new ArrayList<>();
    args.add("--no-vacuum");
    args.add("--client=" + load.clients());
    args.add("--jobs=" + Math.min(2, load.clients()));
    args.add("--time=" + seconds);
    args.add("--protocol=prepared");
    args.add("--file=" + options.pgbenchDir().resolve(load.script()));
    for (Map.Entry<String, String> variable : load.variables().entrySet()) {
      args.add("--define=" + variable.getKey() + "=" + variable.getValue());
    }
    if (log) {
      try (Stream<Path> old = Files.list(workDir)) {
        for (Path file :
            old.filter(f -> f.getFileName().toString().startsWith(runName + ".log.")).toList()) {
          Files.delete(file);
        }
      }
      args.add("--log");
      args.add("--log-prefix=" + workDir.resolve(runName + ".log"));
    }
    args.add(DATABASE);
    ProcessBuilder builder =
        stack.pgProgram(stack.dbUser(), "pgbench", args.toArray(String[]::new));
    Path output = rawDir.resolve(runName + ".pgbench.txt");
    builder.redirectErrorStream(true).redirectOutput(output.toFile());
    int exit = builder.start().waitFor();
    String text = Files.readString(output);
    Matcher aborted = ABORTED.matcher(text);
    long abortedClients = aborted.results().count();
    // pgbench exits with 2 when clients aborted; that is a result (counted), anything else is not.
    if (exit != 0 && !(exit == 2 && abortedClients > 0)) {
      throw new IllegalStateException(
          "pgbench failed (exit " + exit + ") for " + runName + ":\n" + text);
    }
    return abortedClients;
  }

  private ProcessBuilder psql(String user, Path script) {
    return stack.pgProgram(
        user,
        "psql",
        "--quiet",
        "--set=ON_ERROR_STOP=1",
        "--file=" + script,
        "--dbname=" + DATABASE);
  }

  private void exec(ProcessBuilder builder) throws IOException, InterruptedException {
    Path output = workDir.resolve("prepare.log");
    builder
        .redirectErrorStream(true)
        .redirectOutput(ProcessBuilder.Redirect.appendTo(output.toFile()));
    int exit = builder.start().waitFor();
    if (exit != 0) {
      throw new IllegalStateException(
          String.join(" ", builder.command()) + " failed (exit " + exit + "); see " + output);
    }
  }
}
