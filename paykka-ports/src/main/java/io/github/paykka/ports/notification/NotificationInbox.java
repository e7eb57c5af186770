package io.github.paykka.ports.notification;

import static java.util.Objects.requireNonNull;

import java.time.Duration;

/**
 * Remembers which notifications were processed, so that at-least-once delivery becomes effectively-once processing.
 *
 * <p>The protocol is claim, then complete or release: {@link #claim} marks a key as being processed by the caller and
 * answers an {@link Claim.Acquired} that names the caller as owner; {@link #complete} records it processed;
 * {@link #release} forgets the claim after a failure so that the redelivery is processed. Both act only on the
 * caller's own claim: a claim that expired and was taken over by another instance is left to its new owner.
 *
 * <p>A durable implementation shared by several instances of an application makes {@code claim} atomic (e.g. an
 * insert into a table with a unique key) and lets claims expire (a lease), so that a crashed instance does not hold a
 * key forever. Implementations must be thread-safe.
 */
public interface NotificationInbox {

  /**
   * How long a completed key is remembered, at least. The webhook adapter ties its freshness window to it: it accepts
   * a notification signed at most this long ago (so a late redelivery of the original bytes is still processed, or
   * recognised as a duplicate), and refuses older ones, which the inbox might no longer recognise. A duration too
   * long for milliseconds (e.g. {@code ChronoUnit.FOREVER}) means "as long as there is".
   *
   * @return a positive duration
   */
  Duration retention();

  /**
   * Claims {@code key} for processing.
   *
   * <p>Keys are printable and at most {@code Notification.MAX_DEDUPLICATION_KEY_LENGTH} (160) characters: a durable
   * implementation can store them in an indexed {@code VARCHAR(200)} column.
   *
   * @return {@link Claim.Acquired} if the caller now owns it, {@link Claim.AlreadyProcessed} if it was completed
   *     before, {@link Claim.InProgress} if another caller holds an unexpired claim; never {@code null}
   */
  Claim claim(String key);

  /** Records the claimed key as processed; only after the listener succeeded. Does nothing if the claim was lost. */
  void complete(Claim.Acquired claim);

  /** Gives up a claim without recording it as processed. Does nothing if the claim was lost. */
  void release(Claim.Acquired claim);

  /** What {@link #claim} found. */
  sealed interface Claim {
    /** The key claimed. */
    String key();

    /**
     * The caller now owns the key: process, then {@link #complete} or {@link #release}.
     *
     * @param key the key
     * @param owner who holds the claim (opaque to callers; an implementation's claim token)
     */
    record Acquired(String key, String owner) implements Claim {
      /** Checks the arguments. */
      public Acquired {
        requireNonNull(key, "key == null");
        requireNonNull(owner, "owner == null");
      }
    }

    /** Processed before: acknowledge without processing. */
    record AlreadyProcessed(String key) implements Claim {
      /** Checks the argument. */
      public AlreadyProcessed {
        requireNonNull(key, "key == null");
      }
    }

    /** Someone else is processing it right now: do not acknowledge; PayKKa will deliver it again. */
    record InProgress(String key) implements Claim {
      /** Checks the argument. */
      public InProgress {
        requireNonNull(key, "key == null");
      }
    }
  }
}
