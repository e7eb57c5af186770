package io.github.paykka.wire.error;

/**
 * What a code says PayKKa did with the request: processed it, refused it unprocessed, found nothing to act on, or
 * unknown. Named for what it answers ({@code entry.processing()}), so that it is not one more {@code Outcome} beside
 * the HTTP adapter's and the webhook's.
 */
public enum Processing {
  /** PayKKa processed the request (it may still have failed as a business outcome, such as a decline). */
  PROCESSED,
  /** PayKKa rejected the request before processing it: nothing changed. */
  NOT_PROCESSED,
  /** The order, session or data referred to does not exist: nothing changed. */
  NOT_FOUND,
  /** It is not known whether anything changed. */
  UNKNOWN
}
