package com.stockroom.bench;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The driver bench/run starts once the stack is up: seeds, runs the scenarios, checks, reports.
 * Exits 0 when every target was met and every check passed, 1 otherwise, 2 on bad arguments.
 */
public final class Bench {

  /** A quiet stack: under a tenth of a core (10 ms ticks) over the window. */
  private static final int QUIET_TICKS_PER_SECOND = 10;

  private static final int QUIET_WINDOW_SECONDS = 5;

  private static final int MAX_QUIET_WAIT_SECONDS = 300;

  private final Options options;
  private final PrintStream console;

  private Bench(Options options, PrintStream console) {
    this.options = options;
    this.console = console;
  }

  public static void main(String[] args) throws Exception {
    System.setProperty("java.awt.headless", "true");
    Options options;
    try {
      options = Options.parse(args);
    } catch (IllegalArgumentException e) {
      System.err.println(e.getMessage());
      System.exit(2);
      return;
    }
    long failures = new Bench(options, System.out).run();
    System.exit(failures == 0 ? 0 : 1);
  }

  private long run() throws Exception {
    Stack stack = Stack.read(options.stackDir());
    Path raw = options.outDir().resolve("raw");
    Files.createDirectories(raw);
    Map<String, String> runInfo = runInfo(stack);

    Fixture fixture = seed(stack);
    List<Scenario> scenarios = selected(Scenarios.all(fixture));
    Map<String, Measurement> measured = new LinkedHashMap<>();
    WrkRun wrk = new WrkRun(stack, options, raw);
    PgbenchRun pgbench = new PgbenchRun(stack, options, raw);
    boolean ceilingPrepared = false;
    Map<String, List<Scenario>> ceilingsToRepeat = ceilingsToRepeat(scenarios);
    int step = 0;
    for (Scenario scenario : scenarios) {
      step++;
      boolean warmsUntilCompiled =
          scenario.load() instanceof Scenario.Wrk load && !load.fixedWarmup();
      say(
          "[%d/%d] %s: %s%d s warm-up, %d s measured ...",
          step,
          scenarios.size(),
          scenario.name(),
          warmsUntilCompiled ? "at least " : "",
          options.warmupSeconds(),
          options.durationSeconds());
      Measurement m;
      if (scenario.load() instanceof Scenario.Wrk load) {
        m = wrk.run(scenario.name(), load);
      } else if (scenario.load() instanceof Scenario.Pgbench load) {
        if (!ceilingPrepared) {
          prepareCeiling(pgbench);
          ceilingPrepared = true;
        }
        m = pgbench.run(scenario.name(), load);
      } else if (scenario.load() instanceof Scenario.Hashing load) {
        m = HashingRun.run(load, options.warmupSeconds(), options.durationSeconds());
      } else {
        throw new IllegalStateException("no runner for " + scenario.load());
      }
      measured.put(scenario.name(), m);
      say(
          "      after %d s of warm-up: %.1f req/s, p50 %.2f ms, p99 %.2f ms, %d errors%s%s",
          m.warmupSeconds(),
          m.perSecond(),
          m.p50Ms(),
          m.p99Ms(),
          m.errorCount(),
          m.rssPeakMb() > 0 ? ", RSS peak " + m.rssPeakMb() + " MB" : "",
          m.cpu() == null
              ? ""
              : String.format(
                  Locale.ROOT,
                  "; CPU per request: server %.2f ms (JIT compilers %.2f), PostgreSQL %.2f ms,"
                      + " client %.2f ms",
                  m.cpu().serverMs(),
                  m.cpu().compilerMs(),
                  m.cpu().databaseMs(),
                  m.cpu().clientMs()));
      for (Scenario ceiling : ceilingsToRepeat.getOrDefault(scenario.name(), List.of())) {
        repeatCeiling(stack, pgbench, ceiling, measured);
      }
    }

    List<Check> checks = List.of();
    if (scenarios.stream().anyMatch(Bench::changesStock)) {
      checks = Checks.run(stack);
    }
    Report report = Report.of(runInfo, scenarios, measured, checks);
    report.writeJson(options.outDir().resolve("results.json"));
    Chart.write(report, options.outDir().resolve("chart.png"));
    console.println();
    report.printTable(console);
    console.println();
    say("results: %s (results.json, chart.png, raw/)", options.outDir());
    return report.failures();
  }

  /**
   * The pgbench ceilings to measure again, by the scenario after which they are: the last one with
   * a target against them. A ceiling measured minutes before the scenario it judges drifts with the
   * machine (pgbench's one-row rate moved by a fifth within an hour on this VM); its mean with a
   * measurement right after the scenario does not favour either side of that drift.
   */
  static Map<String, List<Scenario>> ceilingsToRepeat(List<Scenario> scenarios) {
    Map<String, Scenario> ceilings = new LinkedHashMap<>();
    scenarios.stream()
        .filter(s -> s.load() instanceof Scenario.Pgbench)
        .forEach(s -> ceilings.put(s.name(), s));
    Map<String, String> lastJudged = new LinkedHashMap<>();
    for (Scenario scenario : scenarios) {
      Scenario.Comparison comparison = scenario.comparison();
      if (comparison != null
          && comparison.minRatio() != null
          && ceilings.containsKey(comparison.reference())) {
        lastJudged.put(comparison.reference(), scenario.name());
      }
    }
    Map<String, List<Scenario>> after = new LinkedHashMap<>();
    lastJudged.forEach(
        (ceiling, scenario) ->
            after.computeIfAbsent(scenario, k -> new ArrayList<>()).add(ceilings.get(ceiling)));
    return after;
  }

  /**
   * Measures a ceiling again once the server and PostgreSQL are quiet (the order scenarios leave
   * e-mails behind, which the dispatcher sends afterwards; pgbench beside that work would measure a
   * lower ceiling), and keeps both measurements as one.
   */
  private void repeatCeiling(
      Stack stack, PgbenchRun pgbench, Scenario ceiling, Map<String, Measurement> measured)
      throws Exception {
    int waited = awaitQuiet(stack);
    if (waited < 0) {
      say(
          "      %s not measured again: the server and PostgreSQL were still busy after %d s;"
              + " the first measurement stands",
          ceiling.name(), MAX_QUIET_WAIT_SECONDS);
      return;
    }
    Measurement first = measured.get(ceiling.name());
    Measurement again = pgbench.run(ceiling.name() + ".again", (Scenario.Pgbench) ceiling.load());
    Measurement both = first.pooledWith(again);
    measured.put(ceiling.name(), both);
    say(
        "      %s again, %d s later once quiet: %.1f req/s (first %.1f); compared with both: %.1f",
        ceiling.name(), waited, again.perSecond(), first.perSecond(), both.perSecond());
  }

  /**
   * Waits until the server and PostgreSQL together use under a tenth of a core for a few seconds.
   *
   * @return the seconds waited, or -1 when they were still busy after the longest wait
   */
  private static int awaitQuiet(Stack stack) throws InterruptedException {
    for (int waited = 0; waited < MAX_QUIET_WAIT_SECONDS; waited += QUIET_WINDOW_SECONDS) {
      CpuTime.Sample before = CpuTime.sample(stack.serverPid());
      Thread.sleep(QUIET_WINDOW_SECONDS * 1000L);
      CpuTime.Sample after = CpuTime.sample(stack.serverPid());
      long ticks = after.server() - before.server() + after.database() - before.database();
      if (ticks <= QUIET_TICKS_PER_SECOND * QUIET_WINDOW_SECONDS) {
        return waited + QUIET_WINDOW_SECONDS;
      }
    }
    return -1;
  }

  /** Orders and carts move stock; what they leave behind is checked after the run. */
  private static boolean changesStock(Scenario scenario) {
    return scenario.load() instanceof Scenario.Wrk load && load.path().startsWith("/api/orders/");
  }

  /**
   * The ceiling database: the application's schemas and the catalog's rows as seeded, before any
   * order, so pgbench starts where the order scenarios start.
   */
  private void prepareCeiling(PgbenchRun pgbench) throws Exception {
    long started = System.nanoTime();
    pgbench.prepareDatabase(
        List.of("catalog", "orders", "notifications"),
        List.of("catalog.brand", "catalog.category", "catalog.product", "catalog.sku"));
    say(
        "copied the schemas and the catalog into %s in %d ms",
        PgbenchRun.DATABASE, (System.nanoTime() - started) / 1_000_000);
  }

  private Fixture seed(Stack stack) throws Exception {
    long started = System.nanoTime();
    int skus = Products.seed(stack);
    say(
        "seeded %d products with %d SKUs in %d ms",
        Products.PRODUCTS, skus, (System.nanoTime() - started) / 1_000_000);
    started = System.nanoTime();
    Customers customers = Customers.withNewPassword();
    customers.seed(stack);
    say("seeded %d customers in %d ms", Customers.COUNT, (System.nanoTime() - started) / 1_000_000);
    started = System.nanoTime();
    Path tokens = stack.dir().resolve("access-tokens.txt");
    customers.writeAccessTokens(stack, Fixture.SIGNED_IN, tokens);
    say(
        "signed in %d customers through the token endpoint in %d ms",
        Fixture.SIGNED_IN, (System.nanoTime() - started) / 1_000_000);
    String cursor = Listing.cursorTo(stack, Scenarios.BY_PRICE, Fixture.DEEP_PAGE);
    return new Fixture(customers.password(), tokens, skus, cursor);
  }

  /** The scenarios asked for with --only, plus those they are compared with. */
  private List<Scenario> selected(List<Scenario> all) {
    Set<String> names = new LinkedHashSet<>();
    for (Scenario scenario : all) {
      if (options.selected(scenario.name())) {
        names.add(scenario.name());
        if (scenario.comparison() != null) {
          names.add(scenario.comparison().reference());
        }
      }
    }
    return all.stream().filter(s -> names.contains(s.name())).toList();
  }

  private Map<String, String> runInfo(Stack stack) throws Exception {
    Map<String, String> info = new LinkedHashMap<>();
    info.put(
        "date",
        OffsetDateTime.now(ZoneOffset.UTC)
            .withNano(0)
            .format(DateTimeFormatter.ISO_OFFSET_DATE_TIME));
    long memoryMb =
        ((com.sun.management.OperatingSystemMXBean)
                    java.lang.management.ManagementFactory.getOperatingSystemMXBean())
                .getTotalMemorySize()
            / (1024 * 1024);
    info.put(
        "machine",
        String.format(
            Locale.ROOT,
            "%d cores, %d MB, %s %s",
            Runtime.getRuntime().availableProcessors(),
            memoryMb,
            System.getProperty("os.name"),
            System.getProperty("os.version")));
    info.put("java", System.getProperty("java.vm.name") + " " + System.getProperty("java.version"));
    info.put("warmupSeconds", Integer.toString(options.warmupSeconds()));
    info.put("durationSeconds", Integer.toString(options.durationSeconds()));
    info.putAll(stack.info());
    return info;
  }

  private void say(String format, Object... args) {
    console.printf(Locale.ROOT, "bench: " + format + "%n", args);
  }
}
