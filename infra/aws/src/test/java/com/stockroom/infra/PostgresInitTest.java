package com.stockroom.infra;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * docker/postgres/primary-init.sh against a real PostgreSQL 15 (this machine's binaries, as the
 * official image runs it: on a fresh cluster, over the local socket, as the superuser), then what
 * the compose stack relies on: the application role logs in over TCP with its password and owns the
 * database, and the replica's role can take the base backup a streaming replica starts from.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PostgresInitTest {

  private static final Path BIN = Path.of("/usr/lib/postgresql/15/bin");

  private Path work;
  private Path data;
  private Path socket;
  private int port;
  private boolean root;

  @BeforeAll
  void startFreshPrimary() throws Exception {
    if (!Files.isExecutable(BIN.resolve("initdb"))) {
      Commands.requireTool(BIN.resolve("initdb").toString(), "postgresql-15");
    }
    root = Commands.run(Commands.root(), Map.of(), 10, "id", "-u").stdout().strip().equals("0");
    work = Commands.workDir("postgres-init");
    data = work.resolve("data");
    socket = Files.createDirectories(work.resolve("socket"));
    if (root) {
      Commands.run(work, Map.of(), 10, "chown", "-R", "postgres:postgres", work.toString());
    }
    try (ServerSocket free = new ServerSocket(0)) {
      port = free.getLocalPort();
    }
    Path password = work.resolve("superuser-password");
    Files.writeString(password, "superuser-secret\n");
    if (root) {
      Commands.run(work, Map.of(), 10, "chown", "postgres", password.toString());
    }
    expectSuccess(
        asOwner(
            Map.of(),
            "initdb",
            "-D",
            data.toString(),
            "-U",
            "postgres",
            "--pwfile=" + password,
            "--auth-local=trust",
            "--auth-host=scram-sha-256",
            "-E",
            "UTF8",
            "--no-sync"));
    // As the image's entrypoint leaves it for a replica on another host: password login from
    // anywhere for ordinary databases, and no replication line until the init script adds one.
    Files.writeString(
        data.resolve("pg_hba.conf"), "local all all trust\nhost all all all scram-sha-256\n");
    expectSuccess(
        asOwner(
            Map.of(),
            "pg_ctl",
            "-D",
            data.toString(),
            "-l",
            work.resolve("server.log").toString(),
            "-w",
            "-o",
            "-c listen_addresses=127.0.0.1 -c port="
                + port
                + " -c unix_socket_directories="
                + socket
                + " -c wal_level=replica"
                + " -c max_wal_senders=4 -c fsync=off",
            "start"));
  }

  @AfterAll
  void stopPrimary() throws Exception {
    if (data != null) {
      asOwner(Map.of(), "pg_ctl", "-D", data.toString(), "-m", "immediate", "-w", "stop");
    }
  }

  @Test
  void createsTheApplicationRoleAndDatabaseAndLetsTheReplicaCloneThePrimary() throws Exception {
    Map<String, String> environment = new HashMap<>();
    environment.put("POSTGRES_USER", "postgres");
    environment.put("PGDATA", data.toString());
    environment.put("PGHOST", socket.toString());
    environment.put("PGPORT", String.valueOf(port));
    environment.put("STOCKROOM_DB_USER", "shop_app");
    environment.put("STOCKROOM_DB_PASSWORD", "app'secret\"with quotes");
    environment.put("STOCKROOM_REPLICATION_PASSWORD", "replication-secret");
    expectSuccess(
        asOwner(
            environment,
            "bash",
            Commands.root().resolve("docker/postgres/primary-init.sh").toString()));
    expectSuccess(asOwner(Map.of(), "pg_ctl", "-D", data.toString(), "reload"));

    Commands.Result app =
        asOwner(
            Map.of("PGPASSWORD", "app'secret\"with quotes"),
            "psql",
            "-h",
            "127.0.0.1",
            "-p",
            String.valueOf(port),
            "-U",
            "shop_app",
            "-d",
            "stockroom",
            "-tA",
            "-c",
            "SELECT current_user || ' ' || pg_get_userbyid(datdba) FROM pg_database"
                + " WHERE datname = current_database()");
    expectSuccess(app);
    assertThat(app.stdout().strip()).isEqualTo("shop_app shop_app");

    Commands.Result wrongPassword =
        asOwner(
            Map.of("PGPASSWORD", "guess"),
            "psql",
            "-h",
            "127.0.0.1",
            "-p",
            String.valueOf(port),
            "-U",
            "shop_app",
            "-d",
            "stockroom",
            "-c",
            "SELECT 1");
    assertThat(wrongPassword.exitCode()).isNotZero();

    Path replica = work.resolve("replica");
    expectSuccess(
        asOwner(
            Map.of("PGPASSWORD", "replication-secret"),
            "pg_basebackup",
            "--host=127.0.0.1",
            "--port=" + port,
            "--username=replicator",
            "--pgdata=" + replica,
            "--write-recovery-conf",
            "--wal-method=stream",
            "--checkpoint=fast"));
    assertThat(replica.resolve("standby.signal")).exists();
    assertThat(Files.readString(replica.resolve("postgresql.auto.conf")))
        .contains("primary_conninfo")
        .contains("user=replicator");
  }

  /** Runs a PostgreSQL program as the cluster's owner ({@code postgres} when we are root). */
  private Commands.Result asOwner(Map<String, String> environment, String... command)
      throws IOException, InterruptedException {
    List<String> full = new ArrayList<>();
    if (root) {
      full.addAll(
          List.of("setpriv", "--reuid=postgres", "--regid=postgres", "--clear-groups", "--"));
    }
    full.addAll(List.of(command));
    Map<String, String> env = new HashMap<>(environment);
    env.put("PATH", BIN + ":/usr/bin:/bin");
    env.put("HOME", work.toString());
    return Commands.run(work, env, 120, full.toArray(String[]::new));
  }

  private static void expectSuccess(Commands.Result result) {
    assertThat(result.exitCode()).as(result.all()).isZero();
  }
}
