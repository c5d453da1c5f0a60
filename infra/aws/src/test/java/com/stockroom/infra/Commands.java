package com.stockroom.infra;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/** Runs the tools and scripts the deployment files are checked with. */
final class Commands {

  private Commands() {}

  /** What a finished command said. */
  record Result(int exitCode, String stdout, String stderr) {
    String all() {
      return stdout + stderr;
    }
  }

  /** The repository's root directory. */
  static Path root() {
    return Paths.get(System.getProperty("stockroom.root", "../..")).toAbsolutePath().normalize();
  }

  /** A fresh directory for one test's files, under the build directory. */
  static Path workDir(String name) throws IOException {
    Path base =
        Paths.get(System.getProperty("stockroom.test.dir", "target/test-work")).toAbsolutePath();
    Path dir = base.resolve(name);
    if (Files.exists(dir)) {
      try (var paths = Files.walk(dir)) {
        for (Path path : paths.sorted((a, b) -> b.compareTo(a)).toList()) {
          Files.delete(path);
        }
      }
    }
    return Files.createDirectories(dir);
  }

  /**
   * Runs {@code command} in {@code directory} with {@code environment} added to (or, for null
   * values, removed from) this process's environment; fails after {@code timeoutSeconds}.
   */
  static Result run(
      Path directory, Map<String, String> environment, long timeoutSeconds, String... command)
      throws IOException, InterruptedException {
    ProcessBuilder builder = new ProcessBuilder(command).directory(directory.toFile());
    environment.forEach(
        (name, value) -> {
          if (value == null) {
            builder.environment().remove(name);
          } else {
            builder.environment().put(name, value);
          }
        });
    Path out = Files.createTempFile("cmd", ".out");
    Path err = Files.createTempFile("cmd", ".err");
    try {
      builder.redirectOutput(out.toFile()).redirectError(err.toFile());
      Process process = builder.start();
      if (!process.waitFor(timeoutSeconds, TimeUnit.SECONDS)) {
        process.destroyForcibly();
        throw new AssertionError(
            String.join(" ", command) + " did not finish within " + timeoutSeconds + " s");
      }
      return new Result(
          process.exitValue(),
          Files.readString(out, StandardCharsets.UTF_8),
          Files.readString(err, StandardCharsets.UTF_8));
    } finally {
      Files.deleteIfExists(out);
      Files.deleteIfExists(err);
    }
  }

  /**
   * Makes sure {@code tool} is on the PATH, installing Debian package {@code debianPackage}
   * (without recommended packages) when it is missing; these machines have no other source.
   */
  static synchronized void requireTool(String tool, String debianPackage)
      throws IOException, InterruptedException {
    if (onPath(tool)) {
      return;
    }
    List<String> install =
        new ArrayList<>(List.of("apt-get", "install", "-y", "-q", "--no-install-recommends"));
    install.add(debianPackage);
    Map<String, String> quiet = Map.of("DEBIAN_FRONTEND", "noninteractive");
    Result result = run(root(), quiet, 600, install.toArray(String[]::new));
    if (result.exitCode() != 0) {
      // The package lists may be missing or stale on a fresh machine.
      run(root(), quiet, 600, "apt-get", "update", "-q");
      result = run(root(), quiet, 600, install.toArray(String[]::new));
    }
    if (result.exitCode() != 0 || !onPath(tool)) {
      throw new AssertionError(
          "could not install " + debianPackage + " for " + tool + ":\n" + result.all());
    }
  }

  private static boolean onPath(String tool) throws IOException, InterruptedException {
    return run(root(), Map.of(), 30, "sh", "-c", "command -v " + tool).exitCode() == 0;
  }
}
