package io.github.paykka.ports.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.paykka.ports.notification.NotificationInbox.Claim;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Test;

class InMemoryNotificationInboxTest {
  private final InMemoryNotificationInbox inbox = InMemoryNotificationInbox.create();

  private static Claim.Acquired acquire(NotificationInbox inbox, String key) {
    Claim claim = inbox.claim(key);
    assertThat(claim).isInstanceOf(Claim.Acquired.class);
    return (Claim.Acquired) claim;
  }

  @Test
  void claimThenComplete() {
    Claim.Acquired k = acquire(inbox, "k");
    assertThat(inbox.claim("k")).isEqualTo(new Claim.InProgress("k"));
    inbox.complete(k);
    assertThat(inbox.claim("k")).isEqualTo(new Claim.AlreadyProcessed("k"));
    assertThat(inbox.size()).isEqualTo(1);
    assertThat(inbox.claim("other")).isInstanceOf(Claim.Acquired.class);
  }

  @Test
  void releaseLetsTheRedeliveryBeProcessed() {
    inbox.release(acquire(inbox, "k"));
    assertThat(inbox.size()).isZero();
    assertThat(inbox.claim("k")).isInstanceOf(Claim.Acquired.class);
  }

  @Test
  void completeAndReleaseTouchOnlyTheCallersOwnClaim() {
    Claim.Acquired first = acquire(inbox, "k");
    inbox.release(first);
    Claim.Acquired second = acquire(inbox, "k");
    assertThat(second.owner()).isNotEqualTo(first.owner());

    inbox.release(first);
    assertThat(inbox.claim("k")).as("a stale release leaves the new owner's claim").isEqualTo(new Claim.InProgress("k"));
    inbox.complete(first);
    assertThat(inbox.size()).as("a stale completion records nothing").isZero();
    inbox.complete(second);
    assertThat(inbox.claim("k")).isEqualTo(new Claim.AlreadyProcessed("k"));
  }

  @Test
  void capacityBoundsMemoryAndForgetsTheOldest() {
    InMemoryNotificationInbox small = InMemoryNotificationInbox.withCapacity(3);
    for (String key : List.of("a", "b", "c", "d")) small.complete(acquire(small, key));
    assertThat(small.size()).isEqualTo(3);
    assertThat(small.claim("a")).as("the oldest is forgotten").isInstanceOf(Claim.Acquired.class);
    assertThat(small.claim("b")).isEqualTo(new Claim.AlreadyProcessed("b"));
    assertThat(small.claim("d")).isEqualTo(new Claim.AlreadyProcessed("d"));
  }

  @Test
  void keysAreRememberedForTheRetentionThenForgotten() {
    AtomicLong now = new AtomicLong(1_700_000_000_000L);
    Clock clock = new Clock() {
      @Override
      public java.time.ZoneId getZone() {
        return ZoneOffset.UTC;
      }

      @Override
      public Clock withZone(java.time.ZoneId zone) {
        return this;
      }

      @Override
      public Instant instant() {
        return Instant.ofEpochMilli(now.get());
      }
    };
    InMemoryNotificationInbox timed = InMemoryNotificationInbox.of(10, Duration.ofHours(1), clock);
    assertThat(timed.retention()).isEqualTo(Duration.ofHours(1));
    timed.complete(acquire(timed, "k"));
    now.addAndGet(Duration.ofHours(1).toMillis());
    assertThat(timed.claim("k")).as("within the retention").isEqualTo(new Claim.AlreadyProcessed("k"));
    now.addAndGet(1);
    assertThat(timed.claim("k")).as("past the retention").isInstanceOf(Claim.Acquired.class);
    assertThat(timed.size()).isZero();
  }

  @Test
  void invalidArguments() {
    assertThatThrownBy(() -> InMemoryNotificationInbox.withCapacity(0)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> InMemoryNotificationInbox.of(1, Duration.ZERO, Clock.systemUTC()))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("retention");
    assertThatThrownBy(() -> inbox.claim(null)).isInstanceOf(NullPointerException.class);
    assertThat(InMemoryNotificationInbox.DEFAULT_CAPACITY).isEqualTo(100_000);
    assertThat(inbox.retention()).isEqualTo(InMemoryNotificationInbox.DEFAULT_RETENTION);
  }

  @Test
  void aHugeRetentionDoesNotOverflow() {
    InMemoryNotificationInbox forever =
        InMemoryNotificationInbox.of(5, java.time.temporal.ChronoUnit.FOREVER.getDuration(), Clock.systemUTC());
    forever.complete(acquire(forever, "k"));
    assertThat(forever.claim("k")).isEqualTo(new Claim.AlreadyProcessed("k"));
  }

  @RepeatedTest(20)
  void concurrentClaimsOfOneKeyAcquireExactlyOnce() throws InterruptedException {
    int threads = 8;
    CountDownLatch ready = new CountDownLatch(threads);
    CountDownLatch go = new CountDownLatch(1);
    CountDownLatch done = new CountDownLatch(threads);
    ConcurrentLinkedQueue<Claim> claims = new ConcurrentLinkedQueue<>();
    List<Thread> started = new ArrayList<>();
    for (int i = 0; i < threads; i++) {
      Thread t = new Thread(() -> {
        ready.countDown();
        try {
          if (go.await(10, TimeUnit.SECONDS)) claims.add(inbox.claim("payment:M1:GW1:PAYMENT.SUCCESS:SUCCESS"));
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
        } finally {
          done.countDown();
        }
      });
      t.start();
      started.add(t);
    }
    assertThat(ready.await(10, TimeUnit.SECONDS)).isTrue();
    go.countDown();
    assertThat(done.await(10, TimeUnit.SECONDS)).isTrue();
    for (Thread t : started) t.join(10_000);

    assertThat(claims).hasSize(threads);
    assertThat(claims.stream().filter(c -> c instanceof Claim.Acquired)).hasSize(1);
    assertThat(claims.stream().filter(c -> c instanceof Claim.InProgress)).hasSize(threads - 1);
  }

  @Test
  void concurrentCompletionsOfDistinctKeysAreAllRemembered() throws InterruptedException {
    int threads = 4;
    int perThread = 500;
    CountDownLatch done = new CountDownLatch(threads);
    for (int i = 0; i < threads; i++) {
      int id = i;
      new Thread(() -> {
        for (int k = 0; k < perThread; k++) {
          if (inbox.claim(id + ":" + k) instanceof Claim.Acquired a) inbox.complete(a);
        }
        done.countDown();
      }).start();
    }
    assertThat(done.await(30, TimeUnit.SECONDS)).isTrue();
    assertThat(inbox.size()).isEqualTo(threads * perThread);
  }
}
