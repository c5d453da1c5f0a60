package com.stockroom.bench;

import com.stockroom.identity.domain.PasswordHash;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * The token exchange's ceiling: identity's own {@link PasswordHash#matches} in a loop on every
 * core, timed per check. The server does the same work per login, plus the HTTP request, the user
 * lookup and signing the token.
 */
final class HashingRun {

  private HashingRun() {}

  static Measurement run(Scenario.Hashing load, int warmupSeconds, int durationSeconds)
      throws InterruptedException {
    PasswordHash hash = PasswordHash.of("bench-ceiling-password");
    if (warmupSeconds > 0) {
      measure(hash, load.threads(), warmupSeconds);
    }
    long start = System.nanoTime();
    List<Long> latencies = measure(hash, load.threads(), durationSeconds);
    double seconds = (System.nanoTime() - start) / 1e9;
    long[] sorted = latencies.stream().mapToLong(Long::longValue).sorted().toArray();
    return new Measurement(
        sorted.length,
        seconds,
        PgbenchLog.percentile(sorted, 50) / 1e6,
        PgbenchLog.percentile(sorted, 90) / 1e6,
        PgbenchLog.percentile(sorted, 99) / 1e6,
        sorted.length == 0 ? 0 : sorted[sorted.length - 1] / 1e6,
        Map.of(),
        0,
        0,
        null,
        warmupSeconds);
  }

  /** Latencies in nanoseconds of the checks that ended within the time. */
  private static List<Long> measure(PasswordHash hash, int threads, int seconds)
      throws InterruptedException {
    long deadline = System.nanoTime() + seconds * 1_000_000_000L;
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try {
      List<Future<List<Long>>> workers = new ArrayList<>();
      for (int i = 0; i < threads; i++) {
        workers.add(
            pool.submit(
                () -> {
                  List<Long> times = new ArrayList<>();
                  while (true) {
                    long begin = System.nanoTime();
                    if (!hash.matches("bench-ceiling-password")) {
                      throw new IllegalStateException("the password check failed");
                    }
                    long end = System.nanoTime();
                    if (end > deadline) {
                      return times;
                    }
                    times.add(end - begin);
                  }
                }));
      }
      List<Long> all = new ArrayList<>();
      for (Future<List<Long>> worker : workers) {
        all.addAll(worker.get());
      }
      return all;
    } catch (ExecutionException e) {
      throw new IllegalStateException(e.getCause());
    } finally {
      pool.shutdownNow();
    }
  }
}
