package io.github.paykka.testkit.simulation;

import static java.util.Objects.requireNonNull;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.concurrent.atomic.AtomicReference;

/**
 * A clock that reads another clock plus an offset that tests (and the sandbox's dashboard) move forward: checkout
 * sessions expire and times are recorded as if that much time had passed. It never moves backwards. Thread-safe.
 */
public final class AdvanceableClock extends Clock {
  private final Clock base;
  private final AtomicReference<Duration> offset;

  private AdvanceableClock(Clock base, AtomicReference<Duration> offset) {
    this.base = base;
    this.offset = offset;
  }

  /** A clock that reads {@code base} with no offset until {@link #advance} is called. */
  public static AdvanceableClock over(Clock base) {
    return new AdvanceableClock(requireNonNull(base, "base == null"), new AtomicReference<>(Duration.ZERO));
  }

  /**
   * Moves this clock {@code by} forward.
   *
   * @return the total offset after the move
   * @throws IllegalArgumentException if {@code by} is negative (a clock that moved back would un-expire sessions)
   */
  public Duration advance(Duration by) {
    requireNonNull(by, "by == null");
    if (by.isNegative()) throw new IllegalArgumentException("by must not be negative, was " + by);
    return offset.accumulateAndGet(by, Duration::plus);
  }

  /** How far this clock is ahead of its base. */
  public Duration offset() {
    return offset.get();
  }

  /** The clock this one reads, without the offset. */
  public Clock base() {
    return base;
  }

  @Override
  public ZoneId getZone() {
    return base.getZone();
  }

  /** The same offset (shared: advancing either advances both) over the base in {@code zone}. */
  @Override
  public Clock withZone(ZoneId zone) {
    return new AdvanceableClock(base.withZone(zone), offset);
  }

  @Override
  public Instant instant() {
    return base.instant().plus(offset.get());
  }

  @Override
  public String toString() {
    return "AdvanceableClock[" + base + " + " + offset.get() + "]";
  }
}
