package com.stockroom.infra;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * docker/compose.yaml as Compose itself reads it ({@code docker-compose config}, Debian's
 * docker-compose; no Docker engine needed), and the load balancer's configuration as HAProxy reads
 * it ({@code haproxy -c}).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ComposeFileTest {

  private static final Set<String> NODES = Set.of("stockroom-1", "stockroom-2");

  private Path docker;
  private Path emptyEnvFile;
  private Map<String, Object> services;

  @BeforeAll
  void readCompose() throws Exception {
    Commands.requireTool("docker-compose", "docker-compose");
    docker = Commands.root().resolve("docker");
    // Never the developer's docker/.env: the test gives every value itself.
    emptyEnvFile = Commands.workDir("compose").resolve("empty.env");
    Files.writeString(emptyEnvFile, "");
    Commands.Result config = compose(passwords(), "config");
    assertThat(config.exitCode()).as(config.all()).isZero();
    Map<String, Object> model =
        new Yaml(new SafeConstructor(new LoaderOptions())).load(config.stdout());
    services = map(model.get("services"));
  }

  @Test
  void isValidForCompose() throws Exception {
    Commands.Result result = compose(passwords(), "config", "-q");
    assertThat(result.exitCode()).as(result.all()).isZero();
    assertThat(result.stderr()).doesNotContainIgnoringCase("warning");
  }

  @Test
  void refusesToStartWithoutGeneratedPasswords() throws Exception {
    for (String missing :
        List.of("POSTGRES_PASSWORD", "STOCKROOM_DB_PASSWORD", "STOCKROOM_REPLICATION_PASSWORD")) {
      Map<String, String> environment = passwords();
      environment.put(missing, null);
      Commands.Result result = compose(environment, "config", "-q");
      assertThat(result.exitCode()).as(missing).isNotZero();
      assertThat(result.all()).contains("set " + missing).contains("dev-env.sh");
    }
  }

  @Test
  void runsPrimaryReplicaMailCatcherTwoNodesAndBalancer() {
    assertThat(services.keySet())
        .containsExactlyInAnyOrder(
            "db-primary", "db-replica", "mailpit", "stockroom-1", "stockroom-2", "lb");
    assertThat(image("db-primary")).isEqualTo("postgres:15-bookworm");
    assertThat(image("db-replica")).isEqualTo(image("db-primary"));
    assertThat(image("mailpit")).startsWith("axllent/mailpit:v");
    assertThat(image("lb")).startsWith("haproxy:");
    for (String name : services.keySet()) {
      assertThat(map(services.get(name)).get("healthcheck")).as(name + " healthcheck").isNotNull();
      assertThat(image(name)).as(name + " image is pinned").contains(":").doesNotEndWith(":latest");
    }
  }

  @Test
  void replicaStreamsFromThePrimary() {
    Map<String, Object> replica = map(services.get("db-replica"));
    assertThat(condition("db-replica", "db-primary")).isEqualTo("service_healthy");
    assertThat(map(replica.get("environment")))
        .containsEntry("STOCKROOM_PRIMARY_HOST", "db-primary")
        .containsEntry("STOCKROOM_REPLICATION_PASSWORD", "replication-secret");
    assertThat(list(replica.get("entrypoint")).toString()).contains("stockroom-replica.sh");
    assertThat(String.join(" ", list(map(services.get("db-primary")).get("command"))))
        .contains("wal_level=replica")
        .contains("max_wal_senders=");
    assertThat(String.join(" ", list(replica.get("command")))).contains("hot_standby=on");
    // Both init scripts are where the volumes say.
    assertThat(docker.resolve("postgres/primary-init.sh")).isExecutable();
    assertThat(docker.resolve("postgres/replica-entrypoint.sh")).isExecutable();
  }

  @Test
  void nodesAreConfiguredOnlyByTheSharedVariablesAndDifferOnlyInNodeId() {
    Map<String, Object> one = environment("stockroom-1");
    Map<String, Object> two = environment("stockroom-2");
    assertThat(one.keySet()).allMatch(name -> name.startsWith("STOCKROOM_"));
    assertThat(one.get("STOCKROOM_NODE_ID")).isEqualTo("stockroom-1");
    assertThat(two.get("STOCKROOM_NODE_ID")).isEqualTo("stockroom-2");
    Map<String, Object> oneWithoutId = new HashMap<>(one);
    Map<String, Object> twoWithoutId = new HashMap<>(two);
    oneWithoutId.remove("STOCKROOM_NODE_ID");
    twoWithoutId.remove("STOCKROOM_NODE_ID");
    assertThat(oneWithoutId).isEqualTo(twoWithoutId);

    assertThat(one)
        .containsEntry("STOCKROOM_DB_URL", "jdbc:postgresql://db-primary:5432/stockroom")
        .containsEntry(
            "STOCKROOM_DB_REPLICA_URL",
            "jdbc:postgresql://db-replica:5432/stockroom"
                + "?readOnly=true&readOnlyMode=always&connectTimeout=2")
        .containsEntry("STOCKROOM_DB_PASSWORD", "app-secret")
        .containsEntry("STOCKROOM_SMTP_HOST", "mailpit")
        .containsEntry("STOCKROOM_BEHIND_PROXY", "true")
        .containsKeys("STOCKROOM_DB_USER", "STOCKROOM_MAIL_FROM", "STOCKROOM_LOG_FORMAT");
    // Token keys pass through from the caller's environment only when set.
    assertThat(one).containsEntry("STOCKROOM_JWT_SIGNING_KEY", null);
    for (String node : NODES) {
      assertThat(condition(node, "db-primary")).isEqualTo("service_healthy");
      assertThat(image(node)).isEqualTo(image("stockroom-1"));
      Map<String, Object> build = map(map(services.get(node)).get("build"));
      assertThat(build.get("dockerfile")).isEqualTo("docker/Dockerfile");
      assertThat(Path.of(build.get("context").toString())).isEqualTo(Commands.root());
      assertThat(list(map(services.get(node)).get("volumes")))
          .as("both nodes share the development key pair")
          .contains("dev-keys:/opt/stockroom/keys:rw");
      assertThat(
              String.join(" ", list(map(map(services.get(node)).get("healthcheck")).get("test"))))
          .contains("http://127.0.0.1:9990/health/ready");
    }
  }

  @Test
  void passesTokenKeysThroughWhenGiven() throws Exception {
    Map<String, String> environment = passwords();
    environment.put("STOCKROOM_JWT_SIGNING_KEY", "pem");
    environment.put("STOCKROOM_JWT_JWKS", "jwks");
    Commands.Result result = compose(environment, "config");
    assertThat(result.exitCode()).as(result.all()).isZero();
    Map<String, Object> model =
        new Yaml(new SafeConstructor(new LoaderOptions())).load(result.stdout());
    Map<String, Object> env =
        map(map(map(map(model.get("services")).get("stockroom-2")).get("environment")));
    assertThat(env)
        .containsEntry("STOCKROOM_JWT_SIGNING_KEY", "pem")
        .containsEntry("STOCKROOM_JWT_JWKS", "jwks");
  }

  @Test
  void publishesPortsOnLoopbackOnly() {
    for (String name : services.keySet()) {
      Object ports = map(services.get(name)).get("ports");
      if (ports != null) {
        assertThat(list(ports)).as(name).allMatch(port -> port.startsWith("127.0.0.1:"));
      }
    }
    assertThat(list(map(services.get("lb")).get("ports"))).contains("127.0.0.1:8080:8080/tcp");
    assertThat(map(services.get("db-primary")).get("ports")).isNull();
    assertThat(map(services.get("stockroom-1")).get("ports")).isNull();
  }

  @Test
  void balancerRoutesToBothNodesByReadiness() throws Exception {
    Commands.requireTool("haproxy", "haproxy");
    Path config = docker.resolve("haproxy/haproxy.cfg");
    Commands.Result check =
        Commands.run(docker, Map.of(), 60, "haproxy", "-c", "-f", config.toString());
    assertThat(check.exitCode()).as(check.all()).isZero();
    assertThat(check.all()).contains("Configuration file is valid");

    String text = Files.readString(config);
    Matcher server = Pattern.compile("(?m)^\\s*server\\s+(\\S+)\\s+(\\S+):8080\\b").matcher(text);
    Set<String> routed = new TreeSet<>();
    while (server.find()) {
      assertThat(server.group(1)).isEqualTo(server.group(2));
      routed.add(server.group(2));
    }
    assertThat(routed).isEqualTo(new TreeSet<>(NODES));
    assertThat(text)
        .containsPattern("default-server[^\\n]*check port 9990")
        .containsPattern("http-check send meth GET uri /health/ready")
        .containsPattern("http-check expect status 200");
    assertThat(list(map(services.get("lb")).get("volumes")))
        .anyMatch(volume -> volume.endsWith("haproxy.cfg:/usr/local/etc/haproxy/haproxy.cfg:ro"));
  }

  private Commands.Result compose(Map<String, String> environment, String... arguments)
      throws IOException, InterruptedException {
    String[] command = new String[arguments.length + 5];
    command[0] = "docker-compose";
    command[1] = "-f";
    command[2] = docker.resolve("compose.yaml").toString();
    command[3] = "--env-file";
    command[4] = emptyEnvFile.toString();
    System.arraycopy(arguments, 0, command, 5, arguments.length);
    return Commands.run(docker, environment, 120, command);
  }

  private static Map<String, String> passwords() {
    Map<String, String> environment = new HashMap<>();
    environment.put("POSTGRES_PASSWORD", "superuser-secret");
    environment.put("STOCKROOM_DB_PASSWORD", "app-secret");
    environment.put("STOCKROOM_REPLICATION_PASSWORD", "replication-secret");
    for (String name :
        List.of(
            "STOCKROOM_JWT_SIGNING_KEY",
            "STOCKROOM_JWT_JWKS",
            "STOCKROOM_DB_USER",
            "STOCKROOM_LOG_FORMAT",
            "STOCKROOM_HTTP_PORT",
            "STOCKROOM_IMAGE")) {
      environment.put(name, null);
    }
    return environment;
  }

  private String image(String service) {
    return map(services.get(service)).get("image").toString();
  }

  private Map<String, Object> environment(String service) {
    return map(map(services.get(service)).get("environment"));
  }

  private String condition(String service, String dependency) {
    return map(map(map(services.get(service)).get("depends_on")).get(dependency))
        .get("condition")
        .toString();
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> map(Object value) {
    assertThat(value).isInstanceOf(Map.class);
    return (Map<String, Object>) value;
  }

  @SuppressWarnings("unchecked")
  private static List<String> list(Object value) {
    assertThat(value).isInstanceOf(List.class);
    return (List<String>) value;
  }
}
