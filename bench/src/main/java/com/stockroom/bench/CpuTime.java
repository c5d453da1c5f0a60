package com.stockroom.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/**
 * CPU time (user + system, from {@code /proc/<pid>/stat}) of the server, of PostgreSQL's processes
 * and of the load client, read before and after a measurement. On two shared cores the ratio of two
 * scenarios is mostly the ratio of their CPU per request, so this says where a request's CPU goes.
 */
final class CpuTime {

  /** Linux reports process times in USER_HZ ticks, 100 a second on every architecture it runs. */
  private static final double MS_PER_TICK = 10;

  private CpuTime() {}

  /** Ticks used so far by the server, by every {@code postgres} process, by wrk and pgbench. */
  record Sample(long server, long database, long client) {}

  static Sample sample(long serverPid) {
    long database = 0;
    long client = 0;
    try (Stream<Path> processes = Files.list(Path.of("/proc"))) {
      for (Path process : processes.toList()) {
        String name = process.getFileName().toString();
        if (!name.chars().allMatch(Character::isDigit)) {
          continue;
        }
        switch (command(process)) {
          case "postgres" -> database += ticks(process);
          case "wrk", "pgbench" -> client += ticks(process);
          default -> {}
        }
      }
    } catch (IOException e) {
      throw new IllegalStateException("cannot list /proc", e);
    }
    return new Sample(ticks(Path.of("/proc", Long.toString(serverPid))), database, client);
  }

  /**
   * CPU per request between two samples. Processes that ended in between (a PostgreSQL backend
   * closing) take their time with them, so the database figure is a lower bound.
   */
  static CpuPerRequest perRequest(Sample before, Sample after, long requests) {
    if (requests <= 0) {
      return null;
    }
    return new CpuPerRequest(
        (after.server() - before.server()) * MS_PER_TICK / requests,
        Math.max(0, after.database() - before.database()) * MS_PER_TICK / requests,
        Math.max(0, after.client() - before.client()) * MS_PER_TICK / requests);
  }

  private static String command(Path process) {
    try {
      return Files.readString(process.resolve("comm")).trim();
    } catch (IOException processGone) {
      return "";
    }
  }

  /** utime + stime: fields 14 and 15, counted after the command, which may hold spaces. */
  static long ticks(Path process) {
    try {
      String stat = Files.readString(process.resolve("stat"));
      String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
      return Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
    } catch (IOException | RuntimeException processGone) {
      return 0;
    }
  }
}
