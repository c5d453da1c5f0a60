package com.stockroom.infra;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * docker/Dockerfile's structure, without a Docker engine: what it copies (only what the build
 * makes, all of it let through by docker/Dockerfile.dockerignore), that it runs as its own user,
 * exposes the three ports, checks readiness and holds nothing secret. Also every shell script of
 * the deployment parses.
 */
class DockerfileTest {

  /** One instruction, its continuation lines joined. */
  record Instruction(String keyword, String arguments) {}

  private List<Instruction> instructions;
  private List<String> ignoreRules;

  @BeforeEach
  void read() throws IOException {
    Path docker = Commands.root().resolve("docker");
    instructions = parse(Files.readAllLines(docker.resolve("Dockerfile")));
    ignoreRules =
        Files.readAllLines(docker.resolve("Dockerfile.dockerignore")).stream()
            .map(String::strip)
            .filter(line -> !line.isEmpty() && !line.startsWith("#"))
            .toList();
  }

  @Test
  void startsFromAJreAndRunsTheEntrypointAsItsOwnUser() {
    assertThat(keywords()).startsWith("ARG", "FROM");
    assertThat(first("ARG").arguments()).startsWith("BASE_IMAGE=eclipse-temurin:17-jre");
    assertThat(first("FROM").arguments()).isEqualTo("${BASE_IMAGE}");
    assertThat(last("USER").arguments()).isEqualTo("stockroom");
    assertThat(keywords().lastIndexOf("USER"))
        .as("nothing runs as root after USER")
        .isGreaterThan(keywords().lastIndexOf("RUN"));
    assertThat(last("ENTRYPOINT").arguments()).isEqualTo("[\"/opt/stockroom/bin/entrypoint.sh\"]");
    assertThat(keywords()).doesNotContain("CMD", "ADD");
    assertThat(last("EXPOSE").arguments().split("\\s+")).containsExactly("8080", "9990", "7600");
    assertThat(last("HEALTHCHECK").arguments())
        .contains("http://127.0.0.1:9990/health/ready")
        .contains("--start-period=");
    assertThat(last("ENV").arguments())
        .contains("JBOSS_HOME=/opt/stockroom/wildfly")
        .contains("LAUNCH_JBOSS_IN_BACKGROUND=true");
  }

  @Test
  void copiesTheBuiltServerEarAndHealthWarAndTheScriptsOnly() {
    List<String> sources = new ArrayList<>();
    for (Instruction copy : all("COPY")) {
      List<String> words =
          Stream.of(copy.arguments().split("\\s+")).filter(w -> !w.startsWith("--")).toList();
      sources.addAll(words.subList(0, words.size() - 1));
    }
    assertThat(sources)
        .containsExactlyInAnyOrder(
            "server/target/wildfly/",
            "docker/entrypoint.sh",
            "server/src/main/scripts/jwt-keys.sh",
            "ear/target/stockroom.ear",
            "health/target/stockroom-health.war");
    assertThat(all("COPY"))
        .anyMatch(
            copy ->
                copy.arguments().contains("stockroom.ear")
                    && copy.arguments().endsWith("/opt/stockroom/wildfly/standalone/deployments/"));
    // The build makes the rest; the scripts are in the repository and keep their mode in the image.
    sources.stream()
        .filter(source -> !source.contains("/target/"))
        .forEach(source -> assertThat(Commands.root().resolve(source)).isExecutable());
    // The context is the repository root, where test runs leave databases and keys in target/:
    // only the copied paths may reach the builder.
    assertThat(ignoreRules.get(0)).isEqualTo("*");
    List<String> allowed =
        ignoreRules.stream().filter(r -> r.startsWith("!")).map(r -> r.substring(1)).toList();
    for (String source : sources) {
      assertThat(allowed).contains(source.replaceAll("/$", ""));
    }
  }

  @Test
  void holdsNoSecret() {
    for (Instruction instruction : instructions) {
      if (List.of("ENV", "ARG", "LABEL").contains(instruction.keyword())) {
        assertThat(instruction.arguments().toUpperCase(Locale.ROOT))
            .as(instruction.toString())
            .doesNotContain("PASSWORD", "SECRET", "SIGNING_KEY", "JWKS", "PRIVATE");
      }
    }
  }

  @Test
  void everyDeploymentScriptParses() throws Exception {
    Path root = Commands.root();
    for (String script :
        List.of(
            "docker/entrypoint.sh",
            "docker/dev-env.sh",
            "docker/postgres/primary-init.sh",
            "docker/postgres/replica-entrypoint.sh",
            "infra/aws/deploy.sh")) {
      assertThat(root.resolve(script)).as(script).isExecutable();
      Commands.Result syntax = Commands.run(root, Map.of(), 30, "bash", "-n", script);
      assertThat(syntax.exitCode()).as(script + ": " + syntax.all()).isZero();
    }
  }

  private List<String> keywords() {
    return instructions.stream().map(Instruction::keyword).toList();
  }

  private List<Instruction> all(String keyword) {
    return instructions.stream().filter(i -> i.keyword().equals(keyword)).toList();
  }

  private Instruction first(String keyword) {
    return all(keyword).get(0);
  }

  private Instruction last(String keyword) {
    List<Instruction> found = all(keyword);
    assertThat(found).as(keyword).isNotEmpty();
    return found.get(found.size() - 1);
  }

  private static List<Instruction> parse(List<String> lines) {
    List<Instruction> parsed = new ArrayList<>();
    StringBuilder current = new StringBuilder();
    for (String line : lines) {
      String stripped = line.strip();
      if (current.isEmpty() && (stripped.isEmpty() || stripped.startsWith("#"))) {
        continue;
      }
      if (stripped.endsWith("\\")) {
        current.append(stripped, 0, stripped.length() - 1).append(' ');
        continue;
      }
      current.append(stripped);
      String instruction = current.toString().strip();
      current.setLength(0);
      int space = instruction.indexOf(' ');
      parsed.add(
          new Instruction(
              instruction.substring(0, space).toUpperCase(Locale.ROOT),
              instruction.substring(space + 1).strip().replaceAll("\\s+", " ")));
    }
    return parsed;
  }
}
