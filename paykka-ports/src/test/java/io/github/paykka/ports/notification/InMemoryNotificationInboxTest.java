package io.github.paykka.ports.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.paykka.ports.notification.NotificationInbox.Claim;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Test;

class InMemoryNotificationInboxTest {
  private final InMemoryNotificationInbox inbox = InMemoryNotificationInbox.create();

  @Test
  void claimThenComplete() {
    assertThat(inbox.claim("k")).isEqualTo(Claim.ACQUIRED);
    assertThat(inbox.claim("k")).isEqualTo(Claim.IN_PROGRESS);
    inbox.complete("k");
    assertThat(inbox.claim("k")).isEqualTo(Claim.ALREADY_PROCESSED);
    assertThat(inbox.size()).isEqualTo(1);
    assertThat(inbox.claim("other")).isEqualTo(Claim.ACQUIRED);
  }

  @Test
  void releaseLetsTheRedeliveryBeProcessed() {
    assertThat(inbox.claim("k")).isEqualTo(Claim.ACQUIRED);
    inbox.release("k");
    assertThat(inbox.size()).isZero();
    assertThat(inbox.claim("k")).isEqualTo(Claim.ACQUIRED);
  }

  @Test
  void capacityBoundsMemoryAndForgetsTheOldest() {
    InMemoryNotificationInbox small = InMemoryNotificationInbox.withCapacity(3);
    for (String key : List.of("a", "b", "c", "d")) {
      assertThat(small.claim(key)).isEqualTo(Claim.ACQUIRED);
      small.complete(key);
    }
    assertThat(small.size()).isEqualTo(3);
    assertThat(small.claim("a")).as("the oldest is forgotten").isEqualTo(Claim.ACQUIRED);
    assertThat(small.claim("b")).isEqualTo(Claim.ALREADY_PROCESSED);
    assertThat(small.claim("d")).isEqualTo(Claim.ALREADY_PROCESSED);
  }

  @Test
  void invalidArguments() {
    assertThatThrownBy(() -> InMemoryNotificationInbox.withCapacity(0)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> inbox.claim(null)).isInstanceOf(NullPointerException.class);
    assertThat(InMemoryNotificationInbox.DEFAULT_CAPACITY).isEqualTo(100_000);
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
    assertThat(claims.stream().filter(c -> c == Claim.ACQUIRED)).hasSize(1);
    assertThat(claims.stream().filter(c -> c == Claim.IN_PROGRESS)).hasSize(threads - 1);
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
          String key = id + ":" + k;
          if (inbox.claim(key) == Claim.ACQUIRED) inbox.complete(key);
        }
        done.countDown();
      }).start();
    }
    assertThat(done.await(30, TimeUnit.SECONDS)).isTrue();
    assertThat(inbox.size()).isEqualTo(threads * perThread);
  }
}
