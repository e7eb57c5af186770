package io.github.paykka.http;

import static java.util.Objects.requireNonNull;

import java.util.Iterator;
import java.util.concurrent.ConcurrentSkipListSet;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.jspecify.annotations.Nullable;

/**
 * Runs an action at each watched deadline ({@link System#nanoTime}) unless its watch was closed first, with one
 * scheduled sweep for all of them instead of a timer per call: arming a timer per call wakes the timer's thread per
 * call (OkHttp's call timeout does, through Okio's watchdog), which costs more than the rest of the adapter's work.
 * As every call's deadline is its start plus the same budget, a new watch is almost never earlier than the sweep
 * already pending, so nothing is scheduled for it.
 */
final class Deadlines {
  private final ScheduledExecutorService scheduler;
  private final ConcurrentSkipListSet<Watch> watches = new ConcurrentSkipListSet<>();
  private final AtomicLong sequence = new AtomicLong();
  private final Object lock = new Object();
  /** Whether a sweep is pending, and when it runs. Guarded by lock. */
  private boolean armed;
  private long armedAt;

  Deadlines(ScheduledExecutorService scheduler) {
    this.scheduler = requireNonNull(scheduler, "scheduler == null");
  }

  /**
   * Runs {@code onExpiry} (on the scheduler's thread) once {@code deadlineNanos} has passed, unless the returned watch
   * is closed before; null if the scheduler refuses (closed): the caller must bound the call another way.
   */
  @Nullable Watch watch(long deadlineNanos, Runnable onExpiry) {
    Watch w = new Watch(deadlineNanos, sequence.getAndIncrement(), onExpiry);
    watches.add(w);
    try {
      armFor(deadlineNanos);
    } catch (RejectedExecutionException e) {
      watches.remove(w);
      return null;
    }
    // a sweep armed earlier is dropped when the scheduler stops; expireAll may have run before this watch was added
    if (scheduler.isShutdown()) {
      watches.remove(w);
      return null;
    }
    return w;
  }

  private void armFor(long deadline) {
    synchronized (lock) {
      // a pending sweep at or before this deadline will see this watch, or re-arm for it
      if (armed && armedAt - deadline <= 0) return;
      armed = true;
      armedAt = deadline;
      scheduler.schedule(this::sweep, Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
    }
  }

  private void sweep() {
    synchronized (lock) {
      armed = false;
    }
    long now = System.nanoTime();
    Watch first;
    while ((first = firstOrNull()) != null && first.deadline - now <= 0) {
      if (watches.remove(first)) first.onExpiry.run();
    }
    if (first != null) {
      try {
        armFor(first.deadline);
      } catch (RejectedExecutionException e) {
        // closing: the calls still watched end when OkHttp's dispatcher and connections are shut down
      }
    }
  }

  /** Runs every open watch's action now: the scheduler is closing and would not run the sweep. */
  void expireAll() {
    Watch w;
    while ((w = watches.pollFirst()) != null) w.onExpiry.run();
  }

  private @Nullable Watch firstOrNull() {
    Iterator<Watch> it = watches.iterator();
    return it.hasNext() ? it.next() : null;
  }

  /** One watched deadline; {@link #close()} when the call is over. */
  final class Watch implements Comparable<Watch>, AutoCloseable {
    final long deadline;
    final long seq;
    final Runnable onExpiry;

    Watch(long deadline, long seq, Runnable onExpiry) {
      this.deadline = deadline;
      this.seq = seq;
      this.onExpiry = onExpiry;
    }

    @Override
    public int compareTo(Watch o) {
      // nanoTime values compare by difference (they may wrap)
      int byDeadline = Long.signum(deadline - o.deadline);
      return byDeadline != 0 ? byDeadline : Long.compare(seq, o.seq);
    }

    @Override
    public void close() {
      watches.remove(this);
    }
  }
}
