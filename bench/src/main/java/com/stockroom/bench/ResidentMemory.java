package com.stockroom.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * The server's resident memory (VmRSS from /proc), sampled every 200 ms while a scenario runs; the
 * peak is what the report shows against the 768 MB target.
 */
final class ResidentMemory implements AutoCloseable {

  private final Path status;
  private final ScheduledExecutorService sampler =
      Executors.newSingleThreadScheduledExecutor(
          task -> {
            Thread thread = new Thread(task, "rss-sampler");
            thread.setDaemon(true);
            return thread;
          });
  private long peakKb;
  private long lastKb;

  private ResidentMemory(long pid) {
    this.status = Path.of("/proc", Long.toString(pid), "status");
  }

  static ResidentMemory watch(long pid) {
    ResidentMemory memory = new ResidentMemory(pid);
    memory.sampleOnce();
    memory.sampler.scheduleAtFixedRate(memory::sampleOnce, 200, 200, TimeUnit.MILLISECONDS);
    return memory;
  }

  /** The current resident memory of a process in kB, or 0 once it is gone. */
  static long currentKb(long pid) {
    return parseVmRss(Path.of("/proc", Long.toString(pid), "status"));
  }

  synchronized long peakMb() {
    return peakKb / 1024;
  }

  synchronized long lastMb() {
    return lastKb / 1024;
  }

  private synchronized void sampleOnce() {
    long kb = parseVmRss(status);
    lastKb = kb;
    peakKb = Math.max(peakKb, kb);
  }

  static long parseVmRss(Path status) {
    try {
      for (String line : Files.readAllLines(status)) {
        if (line.startsWith("VmRSS:")) {
          return Long.parseLong(line.substring(6).trim().split("\\s+")[0]);
        }
      }
      return 0;
    } catch (IOException | NumberFormatException processGone) {
      return 0;
    }
  }

  @Override
  public void close() {
    sampler.shutdownNow();
    sampleOnce();
  }
}
