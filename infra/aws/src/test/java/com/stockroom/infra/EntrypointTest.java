package com.stockroom.infra;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * docker/entrypoint.sh, run as the image runs it but with a command instead of the server ({@code
 * entrypoint.sh <command>} runs the command in the environment the server would get). Keys are made
 * by the real server/src/main/scripts/jwt-keys.sh.
 */
class EntrypointTest {

  private Path work;
  private Path entrypoint;
  private Path jwtKeys;

  @BeforeEach
  void prepare() throws IOException {
    work = Commands.workDir("entrypoint-" + System.nanoTime());
    entrypoint = Commands.root().resolve("docker/entrypoint.sh");
    // The image puts jwt-keys.sh beside the entrypoint; so does this test.
    Path bin = Files.createDirectories(work.resolve("bin"));
    Files.copy(entrypoint, bin.resolve("entrypoint.sh"));
    Files.copy(
        Commands.root().resolve("server/src/main/scripts/jwt-keys.sh"), bin.resolve("jwt-keys.sh"));
    entrypoint = bin.resolve("entrypoint.sh");
    jwtKeys = bin.resolve("jwt-keys.sh");
  }

  @Test
  void writesKeysGivenAsValuesToPrivateFilesAndDropsThemFromTheEnvironment() throws Exception {
    Path source = work.resolve("source");
    Commands.Result made = Commands.run(work, Map.of(), 60, jwtKeys.toString(), source.toString());
    assertThat(made.exitCode()).as(made.all()).isZero();
    String pem = Files.readString(source.resolve("signing-key.pem"));
    String jwks = Files.readString(source.resolve("jwks.json"));

    Map<String, String> environment = base();
    environment.put("STOCKROOM_JWT_SIGNING_KEY", pem);
    environment.put("STOCKROOM_JWT_JWKS", jwks);
    Commands.Result result = run(environment, "env");

    assertThat(result.exitCode()).as(result.all()).isZero();
    Map<String, String> env = parseEnv(result.stdout());
    Path keyFile = Path.of(env.get("STOCKROOM_JWT_SIGNING_KEY_LOCATION"));
    Path jwksFile = Path.of(env.get("STOCKROOM_JWT_JWKS_LOCATION"));
    assertThat(keyFile).startsWith(work.resolve("run"));
    assertThat(Files.readString(keyFile).strip()).isEqualTo(pem.strip());
    assertThat(Files.readString(jwksFile).strip()).isEqualTo(jwks.strip());
    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(keyFile)))
        .isEqualTo("rw-------");
    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(keyFile.getParent())))
        .isEqualTo("rwx------");
    assertThat(env).doesNotContainKeys("STOCKROOM_JWT_SIGNING_KEY", "STOCKROOM_JWT_JWKS");
    assertThat(result.stdout()).doesNotContain("BEGIN PRIVATE KEY");
    assertThat(result.stderr()).doesNotContain("DEVELOPMENT");
  }

  @Test
  void refusesHalfAKeyPairEmptyValuesAndValuesThatAreNotKeys() throws Exception {
    Map<String, String> onlyKey = base();
    onlyKey.put("STOCKROOM_JWT_SIGNING_KEY", "-----BEGIN PRIVATE KEY-----\nx\n");
    assertRefused(onlyKey, "give both STOCKROOM_JWT_SIGNING_KEY and STOCKROOM_JWT_JWKS");

    Map<String, String> onlyJwks = base();
    onlyJwks.put("STOCKROOM_JWT_JWKS", "{\"keys\":[]}");
    assertRefused(onlyJwks, "give both STOCKROOM_JWT_SIGNING_KEY and STOCKROOM_JWT_JWKS");

    Map<String, String> empty = base();
    empty.put("STOCKROOM_JWT_SIGNING_KEY", "");
    empty.put("STOCKROOM_JWT_JWKS", "{\"keys\":[]}");
    assertRefused(empty, "STOCKROOM_JWT_SIGNING_KEY is set but empty");

    Map<String, String> notPem = base();
    notPem.put("STOCKROOM_JWT_SIGNING_KEY", "secret");
    notPem.put("STOCKROOM_JWT_JWKS", "{\"keys\":[]}");
    assertRefused(notPem, "is not a PKCS#8 PEM private key");

    Map<String, String> notJwks = base();
    notJwks.put("STOCKROOM_JWT_SIGNING_KEY", "-----BEGIN PRIVATE KEY-----\nx\n");
    notJwks.put("STOCKROOM_JWT_JWKS", "[]");
    assertRefused(notJwks, "STOCKROOM_JWT_JWKS is not a JWKS document");

    Map<String, String> missingFile = base();
    missingFile.put("STOCKROOM_JWT_SIGNING_KEY_LOCATION", work.resolve("absent.pem").toString());
    missingFile.put("STOCKROOM_JWT_JWKS_LOCATION", work.resolve("absent.json").toString());
    assertRefused(missingFile, "STOCKROOM_JWT_SIGNING_KEY_LOCATION");
  }

  @Test
  void usesKeyFilesGivenByLocation() throws Exception {
    Path source = work.resolve("mounted");
    Commands.run(work, Map.of(), 60, jwtKeys.toString(), source.toString());
    Map<String, String> environment = base();
    environment.put(
        "STOCKROOM_JWT_SIGNING_KEY_LOCATION", source.resolve("signing-key.pem").toString());
    environment.put("STOCKROOM_JWT_JWKS_LOCATION", source.resolve("jwks.json").toString());

    Commands.Result result = run(environment, "env");

    assertThat(result.exitCode()).as(result.all()).isZero();
    assertThat(parseEnv(result.stdout()))
        .containsEntry(
            "STOCKROOM_JWT_SIGNING_KEY_LOCATION", source.resolve("signing-key.pem").toString());
    assertThat(work.resolve("dev-keys")).doesNotExist();
  }

  @Test
  void withoutKeysMakesOneDevelopmentPairForAllNodesSharingTheDirectoryAndSaysSoLoudly()
      throws Exception {
    int nodes = 6;
    List<Future<Commands.Result>> starts = new ArrayList<>();
    ExecutorService pool = Executors.newFixedThreadPool(nodes);
    try {
      for (int i = 0; i < nodes; i++) {
        Map<String, String> environment = base();
        environment.put("STOCKROOM_RUNTIME_DIR", work.resolve("run-" + i).toString());
        starts.add(
            pool.submit(
                () -> run(environment, "sh", "-c", "cat \"$STOCKROOM_JWT_JWKS_LOCATION\"")));
      }
      Set<String> published = new HashSet<>();
      for (Future<Commands.Result> start : starts) {
        Commands.Result result = start.get();
        assertThat(result.exitCode()).as(result.all()).isZero();
        assertThat(result.stderr())
            .contains("WARNING: DEVELOPMENT TOKEN KEYS")
            .contains(work.resolve("dev-keys").toString());
        published.add(result.stdout());
      }
      assertThat(published).as("every node verifies with the same keys").hasSize(1);
      assertThat(published.iterator().next()).startsWith("{\"keys\":[{\"kty\":\"RSA\"");
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void derivesANodeIdFromTheClusterAddressAndRefusesOneTooLong() throws Exception {
    Map<String, String> environment = base();
    environment.put("STOCKROOM_PRIVATE_ADDRESS", "10.40.12.134");
    Map<String, String> env = parseEnv(run(environment, "env").stdout());
    assertThat(env)
        .containsEntry("STOCKROOM_NODE_ID", "sr-10.40.12.134")
        .containsEntry("LAUNCH_JBOSS_IN_BACKGROUND", "true")
        .containsEntry("JBOSS_JAVA_SIZING", "-XX:InitialRAMPercentage=50 -XX:MaxRAMPercentage=75");

    environment.put("STOCKROOM_NODE_ID", "stockroom-node-with-a-long-name");
    assertRefused(environment, "is longer than 23 bytes");

    environment.put("STOCKROOM_NODE_ID", "stockroom-2");
    assertThat(parseEnv(run(environment, "env").stdout()))
        .containsEntry("STOCKROOM_NODE_ID", "stockroom-2");
  }

  @Test
  void findsThisMachinesOwnAddressWhenNoneIsGiven() throws Exception {
    Map<String, String> env = parseEnv(run(base(), "env").stdout());
    assertThat(env.get("STOCKROOM_PRIVATE_ADDRESS"))
        .matches("\\d+\\.\\d+\\.\\d+\\.\\d+")
        .doesNotStartWith("127.")
        .doesNotStartWith("169.254.");
    assertThat(env.get("STOCKROOM_NODE_ID"))
        .isEqualTo("sr-" + env.get("STOCKROOM_PRIVATE_ADDRESS"));
  }

  private void assertRefused(Map<String, String> environment, String message) throws Exception {
    Commands.Result result = run(environment, "env");
    assertThat(result.exitCode()).as(result.all()).isNotZero();
    assertThat(result.stderr()).contains(message);
    assertThat(result.stdout()).as("the command must not run").isEmpty();
  }

  private Map<String, String> base() {
    Map<String, String> environment = new HashMap<>();
    environment.put("STOCKROOM_RUNTIME_DIR", work.resolve("run").toString());
    environment.put("STOCKROOM_DEV_KEYS_DIR", work.resolve("dev-keys").toString());
    environment.put("ECS_CONTAINER_METADATA_URI_V4", null);
    for (String name :
        List.of(
            "STOCKROOM_JWT_SIGNING_KEY",
            "STOCKROOM_JWT_JWKS",
            "STOCKROOM_JWT_SIGNING_KEY_LOCATION",
            "STOCKROOM_JWT_JWKS_LOCATION",
            "STOCKROOM_NODE_ID",
            "STOCKROOM_PRIVATE_ADDRESS",
            "JBOSS_JAVA_SIZING",
            "LAUNCH_JBOSS_IN_BACKGROUND")) {
      environment.put(name, null);
    }
    return environment;
  }

  private Commands.Result run(Map<String, String> environment, String... command)
      throws IOException, InterruptedException {
    String[] full = new String[command.length + 1];
    full[0] = entrypoint.toString();
    System.arraycopy(command, 0, full, 1, command.length);
    return Commands.run(work, environment, 120, full);
  }

  /** `env` output; values of multi-line variables are cut at their first line. */
  private static Map<String, String> parseEnv(String env) {
    Map<String, String> variables = new HashMap<>();
    for (String line : env.split("\n")) {
      int equals = line.indexOf('=');
      if (equals > 0 && line.substring(0, equals).matches("[A-Za-z_][A-Za-z0-9_]*")) {
        variables.put(line.substring(0, equals), line.substring(equals + 1));
      }
    }
    return variables;
  }
}
