package io.github.paykka.wire.signature;

import static java.util.Objects.requireNonNull;

import io.vavr.control.Option;

/**
 * What a verified request or notification was signed for.
 *
 * @param merchantId the body's top-level {@code merchant_id}, as signed
 * @param timestampText the body's top-level {@code timestamp} exactly as it appears there (the content of a JSON
 *     string, or the literal of a number), which is what was signed; empty if the body has none (a notification
 *     only)
 * @param epochMillis the timestamp in epoch milliseconds, checked against the freshness window; a notification's
 *     value below 10^11 is read as seconds and converted. Empty if the body has no timestamp or one that is not an
 *     integer (a notification only): such a notification was verified without a freshness check
 * @param keyIndex the index, in the list given to the verifier, of the key that verified (useful during key rotation)
 */
public record SignedFields(String merchantId, String timestampText, Option<Long> epochMillis, int keyIndex) {
  /** Checks the arguments. */
  public SignedFields {
    requireNonNull(merchantId, "merchantId == null");
    requireNonNull(timestampText, "timestampText == null");
    requireNonNull(epochMillis, "epochMillis == null");
  }

  /** Fields of a body whose {@code timestamp} is the integer {@code epochMillis}, written as a JSON number. */
  public SignedFields(String merchantId, long epochMillis, int keyIndex) {
    this(merchantId, Long.toString(epochMillis), Option.some(epochMillis), keyIndex);
  }
}
