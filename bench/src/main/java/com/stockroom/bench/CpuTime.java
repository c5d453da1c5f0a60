package com.stockroom.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/**
 * CPU time (user + system, from {@code /proc/<pid>/stat}) of the server, of PostgreSQL's processes
 * and of the load client (wrk and pgbench are this driver's children: their time is added to the
 * driver's children's time when they end), read before and after a measurement. On two shared cores
 * the ratio of two scenarios is mostly the ratio of their CPU per request, so this says where a
 * request's CPU goes.
 */
final class CpuTime {

  /** Linux reports process times in USER_HZ ticks, 100 a second on every architecture it runs. */
  private static final double MS_PER_TICK = 10;

  private CpuTime() {}

  /**
   * Ticks used so far by the server, by its JIT compiler threads (a part of the server's), by every
   * {@code postgres} process, by ended load clients.
   */
  record Sample(long server, long compiler, long database, long client) {}

  static Sample sample(long serverPid) {
    long database = 0;
    try (Stream<Path> processes = Files.list(Path.of("/proc"))) {
      for (Path process : processes.toList()) {
        String name = process.getFileName().toString();
        if (!name.chars().allMatch(Character::isDigit)) {
          continue;
        }
        if (command(process).equals("postgres")) {
          // a postmaster's children's time holds the backends that ended (pgbench's, at its end)
          database += ticks(process) + childTicks(process);
        }
      }
    } catch (IOException e) {
      throw new IllegalStateException("cannot list /proc", e);
    }
    return new Sample(
        ticks(Path.of("/proc", Long.toString(serverPid))),
        compilerTicks(serverPid),
        database,
        childTicks(Path.of("/proc/self")));
  }

  /** CPU per request between two samples. */
  static CpuPerRequest perRequest(Sample before, Sample after, long requests) {
    if (requests <= 0) {
      return null;
    }
    return new CpuPerRequest(
        (after.server() - before.server()) * MS_PER_TICK / requests,
        Math.max(0, after.compiler() - before.compiler()) * MS_PER_TICK / requests,
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

  /**
   * Ticks used so far by the server's JIT compiler threads (HotSpot names them {@code C1
   * CompilerThreadN} and {@code C2 CompilerThreadN}; {@code comm} keeps their first 15 characters).
   * While they are busy the server is still compiling the code a scenario runs, not yet running it
   * at its steady speed.
   */
  static long compilerTicks(long serverPid) {
    long ticks = 0;
    try (Stream<Path> threads = Files.list(Path.of("/proc", Long.toString(serverPid), "task"))) {
      for (Path thread : threads.toList()) {
        if (command(thread).matches("C[12] CompilerThre.*")) {
          ticks += ticks(thread);
        }
      }
    } catch (IOException | UncheckedIOException serverGone) {
      return 0;
    }
    return ticks;
  }

  /** utime + stime: fields 14 and 15 of the stat line. */
  static long ticks(Path process) {
    return statFields(process, 14, 15);
  }

  /** cutime + cstime: fields 16 and 17, the time of the process's children that ended. */
  static long childTicks(Path process) {
    return statFields(process, 16, 17);
  }

  /** The sum of two numeric fields, counted after the command, which may hold spaces. */
  private static long statFields(Path process, int first, int second) {
    try {
      String stat = Files.readString(process.resolve("stat"));
      String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
      // fields[0] is field 3 (the state)
      return Long.parseLong(fields[first - 3]) + Long.parseLong(fields[second - 3]);
    } catch (IOException | RuntimeException processGone) {
      return 0;
    }
  }
}
