package com.stockroom.it;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.jboss.shrinkwrap.api.Archive;
import org.jboss.shrinkwrap.api.exporter.ZipExporter;
import org.wildfly.core.launcher.StandaloneCommandBuilder;

/**
 * Another Stockroom server process beside the suite's (it-node-1): the same server build and the
 * same EAR, with its own base directory ({@code target/it/node-<name>}, which it-environment.sh
 * cleans up if the run dies), its own port offset, and the suite server's environment plus
 * overrides. By default it shares the suite's databases, so it is a second node of the same shop;
 * {@link #ownDatabase} makes it a shop of its own. It can be stopped, killed and started again.
 * Arquillian does not manage it, so the suite server and other test classes never notice.
 */
public final class StockroomNode implements AutoCloseable {

  private static final Duration BOOT_DEADLINE = Duration.ofSeconds(240);
  private static final int[] BASE_PORTS = {8080, 8443, 8009, 9990, 9993, 7600, 4712, 4713, 57600};

  private final String name;
  private final Path base;
  private final Map<String, String> environment;
  private final int offset;
  private Process process;

  private StockroomNode(String name, Map<String, String> environment) {
    this.name = name;
    this.base = Environment.itDir().resolve("node-" + name);
    this.environment = environment;
    this.offset = freeOffset();
  }

  /**
   * Prepares a node: a fresh base directory with the pristine server configuration and the suite's
   * deployments (the EAR and the health WAR), plus {@code extraDeployments}.
   *
   * @param environment overrides of the suite server's environment; a {@code null} value removes
   *     the variable
   */
  public static StockroomNode create(
      String name, Map<String, String> environment, Archive<?>... extraDeployments) {
    StockroomNode node = new StockroomNode(name, environment);
    node.prepare(extraDeployments);
    return node;
  }

  /**
   * Creates an empty database on the suite's PostgreSQL (primary, streamed to the replica) and
   * returns the environment that points a node at it.
   */
  public static Map<String, String> ownDatabase(String database) {
    if (!database.matches("[a-z_]+")) {
      throw new IllegalArgumentException(database);
    }
    String primaryPort = System.getProperty("it.pg.primary.port");
    try (Connection admin =
            DriverManager.getConnection(
                "jdbc:postgresql://127.0.0.1:" + primaryPort + "/postgres",
                "postgres",
                System.getProperty("it.pg.superuser.password"));
        Statement statement = admin.createStatement()) {
      statement.execute("DROP DATABASE IF EXISTS " + database + " WITH (FORCE)");
      statement.execute("CREATE DATABASE " + database + " OWNER stockroom");
    } catch (SQLException e) {
      throw new IllegalStateException("cannot create database " + database, e);
    }
    Map<String, String> env = new HashMap<>();
    env.put("STOCKROOM_DB_URL", "jdbc:postgresql://127.0.0.1:" + primaryPort + "/" + database);
    env.put(
        "STOCKROOM_DB_REPLICA_URL",
        "jdbc:postgresql://127.0.0.1:"
            + System.getProperty("it.pg.replica.port")
            + "/"
            + database
            + "?readOnly=true&readOnlyMode=always&connectTimeout=2");
    return env;
  }

  /** Boots the server and waits until it and its deployments are ready. */
  public StockroomNode start() {
    if (isRunning()) {
      throw new IllegalStateException("node " + name + " is running");
    }
    clearDeploymentMarkers();
    Path wildfly = Path.of(System.getProperty("it.wildfly.home"));
    StandaloneCommandBuilder command =
        StandaloneCommandBuilder.of(wildfly)
            .setServerConfiguration("stockroom.xml")
            .setBaseDirectory(base)
            .addJavaOptions(
                "-Xms128m",
                "-Xmx768m",
                "-XX:MaxMetaspaceSize=512m",
                "-Djava.net.preferIPv4Stack=true",
                "-Djboss.node.name=it-node-" + name,
                "-Djboss.socket.binding.port-offset=" + offset);
    if ("json".equals(environment.get("STOCKROOM_LOG_FORMAT"))) {
      // What standalone.conf does for standalone.sh, which this launcher does not run.
      command.addJavaOptions("-Dstockroom.log.json=true", "-Dstockroom.log.plain=false");
    }
    ProcessBuilder builder =
        new ProcessBuilder(command.build())
            .redirectErrorStream(true)
            .redirectOutput(ProcessBuilder.Redirect.appendTo(base.resolve("console.log").toFile()));
    Map<String, String> env = builder.environment();
    env.put("STOCKROOM_NODE_ID", "it-node-" + name);
    environment.forEach(
        (key, value) -> {
          if (value == null) {
            env.remove(key);
          } else {
            env.put(key, value);
          }
        });
    try {
      process = builder.start();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    awaitReady();
    return this;
  }

  /** Stops the server as an operator would (SIGTERM: WildFly shuts down gracefully). */
  public void stop() {
    if (isRunning()) {
      process.destroy();
      waitForExit(Duration.ofSeconds(60));
    }
  }

  /**
   * Sends SIGTERM and returns at once, for a test that watches the graceful shutdown: requests in
   * flight finish, new ones are refused.
   */
  public void terminate() {
    process.destroy();
  }

  /** Waits up to {@code limit} for the server process to end; whether it did. */
  public boolean awaitExit(Duration limit) {
    try {
      return process.waitFor(limit.toMillis(), TimeUnit.MILLISECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
  }

  /** Kills the server at once (SIGKILL): nothing in it gets to finish. */
  public void kill() {
    if (isRunning()) {
      process.destroyForcibly();
      waitForExit(Duration.ofSeconds(30));
    }
  }

  public boolean isRunning() {
    return process != null && process.isAlive();
  }

  public String baseUri() {
    return "http://127.0.0.1:" + httpPort();
  }

  public int httpPort() {
    return 8080 + offset;
  }

  public int managementPort() {
    return 9990 + offset;
  }

  /** The node id its attempts and logs carry. */
  public String nodeName() {
    return "it-node-" + name;
  }

  /** The console output: in JSON when the node runs with {@code STOCKROOM_LOG_FORMAT=json}. */
  public Path consoleLog() {
    return base.resolve("console.log");
  }

  public Path serverLog() {
    return base.resolve("log/server.log");
  }

  @Override
  public void close() {
    kill();
  }

  private void prepare(Archive<?>... extraDeployments) {
    try {
      deleteRecursively(base);
      Path configuration = base.resolve("configuration");
      Path deployments = base.resolve("deployments");
      Files.createDirectories(configuration);
      Files.createDirectories(deployments);
      Path pristine = Path.of(System.getProperty("it.wildfly.home"), "standalone", "configuration");
      try (Stream<Path> files = Files.list(pristine)) {
        for (Path file : files.filter(Files::isRegularFile).toList()) {
          Files.copy(file, configuration.resolve(file.getFileName()));
        }
      }
      Path suiteDeployments = Path.of(System.getProperty("it.server.base"), "deployments");
      try (Stream<Path> files = Files.list(suiteDeployments)) {
        for (Path file :
            files
                .filter(f -> f.toString().endsWith(".ear") || f.toString().endsWith(".war"))
                .toList()) {
          Files.copy(file, deployments.resolve(file.getFileName()));
        }
      }
      for (Archive<?> archive : extraDeployments) {
        archive
            .as(ZipExporter.class)
            .exportTo(deployments.resolve(archive.getName()).toFile(), true);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private void awaitReady() {
    HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    HttpRequest ready =
        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + managementPort() + "/health/ready"))
            .timeout(Duration.ofSeconds(5))
            .build();
    long deadline = System.nanoTime() + BOOT_DEADLINE.toNanos();
    while (System.nanoTime() < deadline) {
      if (!process.isAlive()) {
        throw new IllegalStateException(
            "node " + name + " exited during boot; see " + base.resolve("console.log"));
      }
      try {
        if (client.send(ready, HttpResponse.BodyHandlers.discarding()).statusCode() == 200
            && deploymentsAreUp()) {
          return;
        }
      } catch (IOException e) {
        // not listening yet
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException(e);
      }
      try {
        // Polling the boot of another process; there is nothing to be notified by.
        process.waitFor(500, TimeUnit.MILLISECONDS);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException(e);
      }
    }
    kill();
    throw new IllegalStateException(
        "node " + name + " not ready within " + BOOT_DEADLINE + "; see " + serverLog());
  }

  /** Every archive in deployments/ has its {@code .deployed} marker. */
  private boolean deploymentsAreUp() throws IOException {
    Path deployments = base.resolve("deployments");
    try (Stream<Path> files = Files.list(deployments)) {
      List<Path> archives =
          files
              .filter(f -> f.toString().endsWith(".ear") || f.toString().endsWith(".war"))
              .toList();
      List<Path> failed = new ArrayList<>();
      for (Path archive : archives) {
        if (Files.exists(Path.of(archive + ".failed"))) {
          failed.add(archive);
        }
        if (!Files.exists(Path.of(archive + ".deployed"))) {
          if (!failed.isEmpty()) {
            throw new IllegalStateException(
                "node " + name + " failed to deploy " + failed + "; see " + serverLog());
          }
          return false;
        }
      }
      return true;
    }
  }

  /** A restart must not take the last run's markers for this run's deployments. */
  private void clearDeploymentMarkers() {
    try (Stream<Path> files = Files.list(base.resolve("deployments"))) {
      for (Path marker :
          files.filter(f -> f.toString().matches(".*\\.(deployed|failed|isdeploying)$")).toList()) {
        Files.delete(marker);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private void waitForExit(Duration limit) {
    try {
      if (!process.waitFor(limit.toMillis(), TimeUnit.MILLISECONDS)) {
        process.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  /**
   * A port offset at which none of the server's ports is taken, and whose ports stay below 32768
   * (at most 9993 + 22700), where Linux starts handing out local ports of outgoing connections: no
   * probe sees those, and a node that binds one fails to boot ("Address already in use").
   */
  private static int freeOffset() {
    for (int i = 0; i < 200; i++) {
      int candidate = (ThreadLocalRandom.current().nextInt(128) + 100) * 100;
      boolean free = true;
      for (int port : BASE_PORTS) {
        if (inUse(port + candidate)) {
          free = false;
          break;
        }
      }
      if (free) {
        return candidate;
      }
    }
    throw new IllegalStateException("no free port offset");
  }

  private static boolean inUse(int port) {
    if (port > 65_535) {
      // Bindings past the range (the unused jgroups-tcp-fd at large offsets) never open.
      return false;
    }
    try (Socket socket = new Socket()) {
      socket.connect(new InetSocketAddress("127.0.0.1", port), 200);
      return true;
    } catch (IOException e) {
      return false;
    }
  }

  private static void deleteRecursively(Path path) throws IOException {
    if (!Files.exists(path)) {
      return;
    }
    try (Stream<Path> files = Files.walk(path)) {
      for (Path file : files.sorted((a, b) -> b.compareTo(a)).toList()) {
        Files.delete(file);
      }
    }
  }
}
