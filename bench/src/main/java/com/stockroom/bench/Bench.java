package com.stockroom.bench;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
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

  /** Unmeasured seconds before each slice of an alternating measurement: connections open. */
  private static final int LEAD_IN_SECONDS = 2;

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
    Map<String, Scenario> byName = new LinkedHashMap<>();
    scenarios.forEach(s -> byName.put(s.name(), s));
    Map<String, Measurement> referencesAlongside = new LinkedHashMap<>();
    int step = 0;
    for (Scenario scenario : scenarios) {
      step++;
      Scenario reference = judgedAgainst(scenario, byName);
      boolean warmsUntilCompiled =
          scenario.load() instanceof Scenario.Wrk load && !load.fixedWarmup();
      say(
          "[%d/%d] %s: %s%d s warm-up, %d s measured%s ...",
          step,
          scenarios.size(),
          scenario.name(),
          warmsUntilCompiled ? "at least " : "",
          options.warmupSeconds(),
          options.durationSeconds(),
          reference == null ? "" : " in slices alternating with " + reference.name());
      if (scenario.load() instanceof Scenario.Pgbench && !ceilingPrepared) {
        prepareCeiling(pgbench);
        ceilingPrepared = true;
      }
      Measurement m;
      if (reference != null) {
        Alternation alternation = alternate(stack, scenario, reference, wrk, pgbench);
        m = alternation.scenario();
        referencesAlongside.put(scenario.name(), alternation.reference());
      } else if (scenario.load() instanceof Scenario.Wrk load) {
        m = wrk.run(scenario.name(), load);
      } else if (scenario.load() instanceof Scenario.Pgbench load) {
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
          cpuText(m.cpu()));
      if (reference != null) {
        Measurement beside = referencesAlongside.get(scenario.name());
        say(
            "      %s in the slices between: %.1f req/s (on its own, earlier: %.1f)%s",
            reference.name(),
            beside.perSecond(),
            measured.get(reference.name()).perSecond(),
            cpuText(beside.cpu()));
      }
    }

    List<Check> checks = List.of();
    if (scenarios.stream().anyMatch(Bench::changesStock)) {
      checks = Checks.run(stack);
    }
    Report report = Report.of(runInfo, scenarios, measured, referencesAlongside, checks);
    report.writeJson(options.outDir().resolve("results.json"));
    Chart.write(report, options.outDir().resolve("chart.png"));
    console.println();
    report.printTable(console);
    console.println();
    say("results: %s (results.json, chart.png, raw/)", options.outDir());
    return report.failures();
  }

  /**
   * The reference a scenario has a target against, when it can be measured in slices beside it (wrk
   * or pgbench, not the driver's own hashing); null otherwise.
   */
  static Scenario judgedAgainst(Scenario scenario, Map<String, Scenario> byName) {
    Scenario.Comparison comparison = scenario.comparison();
    if (comparison == null || comparison.minRatio() == null) {
      return null;
    }
    Scenario reference = byName.get(comparison.reference());
    return reference == null || reference.load() instanceof Scenario.Hashing ? null : reference;
  }

  /** A scenario and its reference, each pooled over its slices of one alternating measurement. */
  record Alternation(Measurement scenario, Measurement reference) {}

  /**
   * Orders placed and e-mail attempts recorded, as counted in the database: under the order load
   * the server's request threads leave the dispatcher little of the two cores, so an order's e-mail
   * is often sent after the slice that placed the order.
   */
  record OrdersAndEmails(long orders, long emails) {

    static final OrdersAndEmails NONE = new OrdersAndEmails(0, 0);

    static OrdersAndEmails count(Stack stack) throws SQLException {
      try (Connection db = stack.primary();
          Statement sql = db.createStatement();
          ResultSet counts =
              sql.executeQuery(
                  "SELECT (SELECT count(*) FROM orders.customer_order),"
                      + " (SELECT count(*) FROM notifications.delivery_attempt a"
                      + " JOIN notifications.delivery d ON d.id = a.delivery_id"
                      + " WHERE d.channel = 'EMAIL')")) {
        counts.next();
        return new OrdersAndEmails(counts.getLong(1), counts.getLong(2));
      }
    }

    OrdersAndEmails plus(OrdersAndEmails other) {
      return new OrdersAndEmails(orders + other.orders, emails + other.emails);
    }

    OrdersAndEmails minus(OrdersAndEmails other) {
      return new OrdersAndEmails(orders - other.orders, emails - other.emails);
    }
  }

  /**
   * One slice of an alternating measurement.
   *
   * @param ofReference whether the slice measures the reference (else the scenario)
   */
  record Slice(boolean ofReference, int seconds) {}

  /**
   * The slices of an alternating measurement of {@code durationSeconds} per side: scenario,
   * reference, reference, scenario, scenario, reference, reference, scenario, with each pair of
   * neighbours of one side run as one slice. Both sides get the same time and the same mean time
   * within the measurement, so a machine that drifts steadily (this VM: pgbench's one-row rate
   * moved by a fifth within a run) favours neither; the scenario turns into its reference only
   * twice (after an order scenario each turn waits for the dispatcher's backlog).
   */
  static List<Slice> slices(int durationSeconds) {
    int quarter = Math.max(1, Math.round(durationSeconds / 4f));
    return List.of(
        new Slice(false, quarter),
        new Slice(true, 2 * quarter),
        new Slice(false, 2 * quarter),
        new Slice(true, 2 * quarter),
        new Slice(false, quarter));
  }

  /**
   * Measures a scenario with a target against its reference in alternating slices (see {@link
   * #slices}). A single window of each, minutes apart, compared two different machines here: the
   * same code's deep page measured 0.79 and 0.64 of page 1 in two runs an hour apart, while the
   * server's CPU for the same work rose by a third between the two windows of one of them.
   */
  private Alternation alternate(
      Stack stack, Scenario scenario, Scenario reference, WrkRun wrk, PgbenchRun pgbench)
      throws Exception {
    int warmup = wrk.warmUp(scenario.name(), (Scenario.Wrk) scenario.load());
    List<Measurement> ofScenario = new ArrayList<>();
    List<Measurement> ofReference = new ArrayList<>();
    OrdersAndEmails alongsideOrders = OrdersAndEmails.NONE;
    int slice = 0;
    for (Slice planned : slices(options.durationSeconds())) {
      slice++;
      Scenario side = planned.ofReference() ? reference : scenario;
      if (planned.ofReference() && changesStock(scenario)) {
        awaitQuietBefore(stack, reference);
      }
      OrdersAndEmails before =
          !planned.ofReference() && changesStock(scenario) ? OrdersAndEmails.count(stack) : null;
      String runName =
          scenario.name()
              + ".slice-"
              + slice
              + (planned.ofReference() ? "." + reference.name() : "");
      Measurement m =
          side.load() instanceof Scenario.Wrk load
              ? wrk.slice(runName, load, LEAD_IN_SECONDS, planned.seconds())
              : pgbench.slice(
                  runName, (Scenario.Pgbench) side.load(), LEAD_IN_SECONDS, planned.seconds());
      (planned.ofReference() ? ofReference : ofScenario).add(m);
      if (before != null) {
        alongsideOrders = alongsideOrders.plus(OrdersAndEmails.count(stack).minus(before));
      }
    }
    if (alongsideOrders.orders() > 0) {
      say(
          "      e-mails sent while %s ran: %d for %d orders placed (%.0f %%); the rest went out"
              + " after its slices, while nothing was measured",
          scenario.name(),
          alongsideOrders.emails(),
          alongsideOrders.orders(),
          100.0 * alongsideOrders.emails() / alongsideOrders.orders());
    }
    return new Alternation(
        Measurement.pooled(ofScenario).withWarmup(warmup), Measurement.pooled(ofReference));
  }

  /**
   * Waits for the stack to be quiet before a reference's slice after an order scenario's: the
   * orders leave e-mails behind, which the dispatcher sends afterwards, and the reference measured
   * beside that work would measure a lower ceiling.
   */
  private void awaitQuietBefore(Stack stack, Scenario reference) throws InterruptedException {
    int waited = awaitQuiet(stack);
    if (waited < 0) {
      say(
          "      the server and PostgreSQL were still busy after %d s; %s measured beside them",
          MAX_QUIET_WAIT_SECONDS, reference.name());
    } else {
      say("      quiet after %d s; %s's slice", waited, reference.name());
    }
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

  /** The console's CPU-per-request suffix; empty where CPU was not measured. */
  private static String cpuText(CpuPerRequest cpu) {
    return cpu == null
        ? ""
        : String.format(
            Locale.ROOT,
            "; CPU per request: server %.2f ms (JIT compilers %.2f), PostgreSQL %.2f ms,"
                + " client %.2f ms",
            cpu.serverMs(),
            cpu.compilerMs(),
            cpu.databaseMs(),
            cpu.clientMs());
  }

  private void say(String format, Object... args) {
    console.printf(Locale.ROOT, "bench: " + format + "%n", args);
  }
}
