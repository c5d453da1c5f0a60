package com.stockroom.common.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class ReadYourWritesTest {

  private final ConcurrentMap<String, Long> lastCommits = new ConcurrentHashMap<>();

  @Test
  void theFirstCommitOfAUserIsRecorded() {
    ReadYourWrites.advance(lastCommits, "7", 1_000);

    assertThat(lastCommits).containsEntry("7", 1_000L);
  }

  @Test
  void aLaterCommitRaisesTheRecordedTime() {
    ReadYourWrites.advance(lastCommits, "7", 1_000);
    ReadYourWrites.advance(lastCommits, "7", 2_000);

    assertThat(lastCommits).containsEntry("7", 2_000L);
  }

  @Test
  void anEarlierCommitRecordedLateDoesNotLowerIt() {
    ReadYourWrites.advance(lastCommits, "7", 2_000);
    ReadYourWrites.advance(lastCommits, "7", 1_000);

    assertThat(lastCommits).containsEntry("7", 2_000L);
  }

  @Test
  void usersAreRecordedApart() {
    ReadYourWrites.advance(lastCommits, "7", 2_000);
    ReadYourWrites.advance(lastCommits, "8", 1_000);

    assertThat(lastCommits).containsEntry("7", 2_000L).containsEntry("8", 1_000L);
  }

  @Test
  void concurrentCommitsOfOneUserLeaveTheLatestTime() throws Exception {
    int writers = 16;
    int commitsEach = 20_000;
    AtomicLong latest = new AtomicLong();
    CountDownLatch start = new CountDownLatch(1);
    ExecutorService pool = Executors.newFixedThreadPool(writers);
    try {
      List<Future<?>> done = new ArrayList<>();
      for (int w = 0; w < writers; w++) {
        done.add(
            pool.submit(
                () -> {
                  start.await();
                  for (int i = 0; i < commitsEach; i++) {
                    long micros = ThreadLocalRandom.current().nextLong(1, 1_000_000_000);
                    latest.accumulateAndGet(micros, Math::max);
                    ReadYourWrites.advance(lastCommits, "7", micros);
                  }
                  return null;
                }));
      }
      start.countDown();
      for (Future<?> writer : done) {
        writer.get();
      }
    } finally {
      pool.shutdown();
    }

    assertThat(lastCommits).containsEntry("7", latest.get());
  }
}
