package io.github.paykka.testkit.sandbox;

import static java.util.Objects.requireNonNull;

import java.time.Duration;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Predicate;
import java.util.function.Supplier;

/**
 * One lock over a part of the sandbox's state, and a condition signalled on every change, so that a test waits for
 * the state it expects instead of sleeping. The request log and the notification dispatcher both keep theirs so.
 */
final class WatchedState {
  private final ReentrantLock lock = new ReentrantLock();
  private final Condition changed = lock.newCondition();

  /** What {@code read} answers, read under the lock. */
  <T> T read(Supplier<T> read) {
    lock.lock();
    try {
      return read.get();
    } finally {
      lock.unlock();
    }
  }

  /** Runs {@code change} under the lock, then wakes every waiter. */
  void update(Runnable change) {
    updateAndGet(() -> {
      change.run();
      return this;
    });
  }

  /** Runs {@code change} under the lock, then wakes every waiter; answers what {@code change} answers. */
  <T> T updateAndGet(Supplier<T> change) {
    lock.lock();
    try {
      T result = change.get();
      changed.signalAll();
      return result;
    } finally {
      lock.unlock();
    }
  }

  /**
   * Waits until {@code condition} holds for {@code state} (read under the lock after every change), or
   * {@code timeout} passes.
   *
   * @param what what is waited for, for the message of an interrupt
   * @return whether it held in time
   * @throws IllegalStateException if interrupted (the interrupt flag is kept)
   */
  <T> boolean await(Supplier<T> state, Predicate<? super T> condition, Duration timeout, String what) {
    requireNonNull(condition, "condition == null");
    requireNonNull(timeout, "timeout == null");
    long deadline = System.nanoTime() + timeout.toNanos();
    lock.lock();
    try {
      while (!condition.test(state.get())) {
        long left = deadline - System.nanoTime();
        if (left <= 0) return false;
        changed.awaitNanos(left);
      }
      return true;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while waiting for " + what);
    } finally {
      lock.unlock();
    }
  }
}
