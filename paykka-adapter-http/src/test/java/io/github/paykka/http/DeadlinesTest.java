package io.github.paykka.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class DeadlinesTest {
  private final ScheduledThreadPoolExecutor scheduler = new ScheduledThreadPoolExecutor(1);
  private final Deadlines deadlines = new Deadlines(scheduler);

  @AfterEach
  void stop() {
    scheduler.shutdownNow();
  }

  @Test
  void everyOpenWatchExpiresAtItsDeadlineAndAClosedOneNever() throws InterruptedException {
    long now = System.nanoTime();
    CountDownLatch expired = new CountDownLatch(2);
    AtomicBoolean closedFired = new AtomicBoolean();
    long[] firedAt = new long[2];
    // the later deadline is registered while the sweep for the earlier one is pending: the sweep must re-arm for it
    Deadlines.Watch first = deadlines.watch(now + TimeUnit.MILLISECONDS.toNanos(50), () -> {
      firedAt[0] = System.nanoTime();
      expired.countDown();
    });
    Deadlines.Watch closed = deadlines.watch(now + TimeUnit.MILLISECONDS.toNanos(60), () -> closedFired.set(true));
    Deadlines.Watch second = deadlines.watch(now + TimeUnit.MILLISECONDS.toNanos(150), () -> {
      firedAt[1] = System.nanoTime();
      expired.countDown();
    });
    assertThat(first).isNotNull();
    assertThat(second).isNotNull();
    closed.close();

    assertThat(expired.await(5, TimeUnit.SECONDS)).isTrue();
    assertThat(firedAt[0] - now).isGreaterThanOrEqualTo(TimeUnit.MILLISECONDS.toNanos(50));
    assertThat(firedAt[1] - now).isGreaterThanOrEqualTo(TimeUnit.MILLISECONDS.toNanos(150));
    assertThat(closedFired).isFalse();
  }

  @Test
  void aClosedSchedulerRefusesToWatch() {
    scheduler.shutdown();
    assertThat(deadlines.watch(System.nanoTime() + 1_000_000, () -> {})).isNull();
  }
}
