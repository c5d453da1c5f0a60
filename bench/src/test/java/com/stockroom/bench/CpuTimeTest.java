package com.stockroom.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CpuTimeTest {

  @Test
  void readsUserAndSystemTimeAfterACommandWithSpacesAndParentheses(@TempDir Path process)
      throws IOException {
    Files.writeString(
        process.resolve("stat"),
        "4242 (java (x) y) S 1 4242 4242 0 -1 4194560 100 0 0 0 1500 250 7 3 20 0 80 0 1 2 3\n");

    assertThat(CpuTime.ticks(process)).isEqualTo(1750);
    assertThat(CpuTime.childTicks(process)).isEqualTo(10);
  }

  @Test
  void findsTheJitCompilerThreadsOfARunningJvm() {
    // this test's own JVM has compiled its way to here
    long compiler = CpuTime.compilerTicks(ProcessHandle.current().pid());

    assertThat(compiler).isPositive();
    assertThat(compiler).isLessThan(CpuTime.ticks(Path.of("/proc/self")));
    assertThat(CpuTime.compilerTicks(Long.MAX_VALUE)).isZero();
  }

  @Test
  void theWarmUpEndsWhenTheCompilersUseAtMostOneTwentiethOfTheServer() {
    assertThat(WrkRun.isSettled(50, 1000)).isTrue();
    assertThat(WrkRun.isSettled(51, 1000)).isFalse();
    assertThat(WrkRun.isSettled(0, 0)).isTrue();
  }

  @Test
  void aProcessThatIsGoneCountsNothing(@TempDir Path process) {
    assertThat(CpuTime.ticks(process.resolve("missing"))).isZero();
  }

  @Test
  void dividesEachSidesTicksByTheRequests() {
    CpuPerRequest cpu =
        CpuTime.perRequest(
            new CpuTime.Sample(1000, 40, 500, 10), new CpuTime.Sample(1200, 50, 600, 12), 1000);

    assertThat(cpu.serverMs()).isEqualTo(2.0);
    assertThat(cpu.compilerMs()).isEqualTo(0.1);
    assertThat(cpu.databaseMs()).isEqualTo(1.0);
    assertThat(cpu.clientMs()).isEqualTo(0.02);
    assertThat(
            CpuTime.perRequest(new CpuTime.Sample(0, 0, 0, 0), new CpuTime.Sample(1, 1, 1, 1), 0))
        .isNull();
  }
}
