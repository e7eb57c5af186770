package io.github.paykka.wire.error;

/** What a code says happened to the request at PayKKa. */
public enum Outcome {
  /** PayKKa processed the request (it may still have failed as a business outcome, such as a decline). */
  PROCESSED,
  /** PayKKa rejected the request before processing it: nothing changed. */
  NOT_PROCESSED,
  /** The order, session or data referred to does not exist: nothing changed. */
  NOT_FOUND,
  /** It is not known whether anything changed. */
  UNKNOWN
}
