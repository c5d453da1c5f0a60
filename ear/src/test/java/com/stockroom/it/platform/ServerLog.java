package com.stockroom.it.platform;

import com.stockroom.it.Environment;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.locks.LockSupport;

/** The log of the server under test, read as the tests need it. */
final class ServerLog {

  private ServerLog() {}

  static Path file() {
    return Environment.itDir().resolve("server/log/server.log");
  }

  static List<String> lines() {
    try {
      return Files.readAllLines(file(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The log from the first line containing {@code marker} on, waiting a little for it. */
  static List<String> from(String marker, Duration timeout) {
    long deadline = System.nanoTime() + timeout.toNanos();
    while (true) {
      List<String> lines = lines();
      for (int i = 0; i < lines.size(); i++) {
        if (lines.get(i).contains(marker)) {
          return lines.subList(i, lines.size());
        }
      }
      if (System.nanoTime() - deadline > 0) {
        throw new AssertionError("no line with " + marker + " in " + file() + " within " + timeout);
      }
      LockSupport.parkNanos(Duration.ofMillis(100).toNanos());
    }
  }
}
