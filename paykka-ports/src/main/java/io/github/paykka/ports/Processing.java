package io.github.paykka.ports;

/**
 * What PayKKa did with a request it answered with a code: processed it, refused it unprocessed, found nothing to act
 * on, or unknown. An adapter reads it from PayKKa's error catalog (paykka-wire's {@code ErrorCatalog}) and a
 * {@link GatewayFailure.Rejected} carries it, so that code deciding "did anything happen?" asks the failure, never a
 * list of codes of its own.
 */
public enum Processing {
  /** PayKKa processed the request (it may still have failed as a business outcome, such as a decline). */
  PROCESSED,
  /** PayKKa rejected the request before processing it: nothing changed. */
  NOT_PROCESSED,
  /** The order, refund, token or session referred to does not exist: nothing changed. */
  NOT_FOUND,
  /** It is not known whether anything changed. */
  UNKNOWN
}
