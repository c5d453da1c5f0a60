package com.stockroom.bench;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
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
