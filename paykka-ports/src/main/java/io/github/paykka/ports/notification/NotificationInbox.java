package io.github.paykka.ports.notification;

/**
 * Remembers which notifications were processed, so that at-least-once delivery becomes effectively-once processing.
 *
 * <p>The protocol is claim, then complete or release: {@link #claim} marks a key as being processed by the caller;
 * {@link #complete} records it processed; {@link #release} forgets the claim after a failure so that the redelivery
 * is processed. A durable implementation shared by several instances of an application makes {@code claim} atomic
 * (e.g. an insert into a table with a unique key) and lets claims expire, so that a crashed instance does not hold a
 * key forever. Implementations must be thread-safe.
 */
public interface NotificationInbox {

  /** What {@link #claim} found. */
  enum Claim {
    /** The caller now owns the key: process, then complete or release. */
    ACQUIRED,
    /** Processed before: acknowledge without processing. */
    ALREADY_PROCESSED,
    /** Someone else is processing it right now: do not acknowledge; PayKKa will deliver it again. */
    IN_PROGRESS
  }

  /** Claims {@code key} for processing. */
  Claim claim(String key);

  /** Records {@code key} as processed; only after the listener succeeded. */
  void complete(String key);

  /** Gives up a claim without recording it as processed. */
  void release(String key);
}
