package com.stockroom.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * pgbench's per-transaction logs ({@code -l}): one line per transaction, {@code client_id
 * transaction_no time script_no time_epoch time_us [...]}, where time is the latency in
 * microseconds or a word ({@code failed}, {@code skipped}, a failure kind) for one that did not
 * commit.
 */
final class PgbenchLog {

  private PgbenchLog() {}

  static Measurement read(List<Path> files, double seconds, long abortedClients) {
    long[] latencies;
    long failed;
    try {
      List<String[]> rows =
          files.stream()
              .flatMap(PgbenchLog::lines)
              .filter(line -> !line.isBlank())
              .map(line -> line.trim().split("\\s+"))
              .toList();
      latencies =
          rows.stream()
              .filter(row -> row.length >= 3 && isNumber(row[2]))
              .mapToLong(row -> Long.parseLong(row[2]))
              .sorted()
              .toArray();
      failed = rows.size() - latencies.length;
    } catch (UncheckedIOException e) {
      throw new IllegalStateException("cannot read the pgbench logs " + files, e.getCause());
    }
    Map<String, Long> errors = new LinkedHashMap<>();
    if (failed > 0) {
      errors.put("failed", failed);
    }
    if (abortedClients > 0) {
      errors.put("abortedClients", abortedClients);
    }
    return new Measurement(
        latencies.length,
        seconds,
        percentile(latencies, 50) / 1000.0,
        percentile(latencies, 90) / 1000.0,
        percentile(latencies, 99) / 1000.0,
        latencies.length == 0 ? 0 : latencies[latencies.length - 1] / 1000.0,
        errors,
        0,
        0,
        null,
        0);
  }

  /** The nearest-rank percentile of sorted values (0 when there are none). */
  static long percentile(long[] sorted, double percent) {
    if (sorted.length == 0) {
      return 0;
    }
    int rank = (int) Math.ceil(percent / 100.0 * sorted.length);
    return sorted[Math.max(0, Math.min(sorted.length - 1, rank - 1))];
  }

  private static boolean isNumber(String text) {
    return !text.isEmpty() && text.chars().allMatch(Character::isDigit);
  }

  private static Stream<String> lines(Path file) {
    try {
      return Arrays.stream(Files.readString(file).split("\n"));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
