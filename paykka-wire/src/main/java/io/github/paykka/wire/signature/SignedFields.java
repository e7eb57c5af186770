package io.github.paykka.wire.signature;

import static java.util.Objects.requireNonNull;

/**
 * What a verified request or notification was signed for.
 *
 * @param merchantId the {@code merchant_id} of the body, part of the signed string
 * @param timestamp the {@code timestamp} of the body (epoch ms), part of the signed string and fresh
 * @param keyIndex the index, in the list given to the verifier, of the key that verified (useful during key rotation)
 */
public record SignedFields(String merchantId, long timestamp, int keyIndex) {
  /** Checks {@code merchantId}. */
  public SignedFields {
    requireNonNull(merchantId, "merchantId == null");
  }
}
