package io.github.paykka.spring;

import static java.util.Objects.requireNonNull;

import io.github.paykka.domain.id.MerchantId;
import io.github.paykka.wire.signature.Signer;
import java.security.PublicKey;
import java.util.List;

/**
 * Who the application is at PayKKa and how it proves it: the merchant id, the signer of its requests, and PayKKa's
 * platform public keys that answers and notifications are verified with. The starter reads it from the
 * {@code paykka.*} properties, once, at start-up; declare a bean of your own to take the keys from elsewhere (a
 * vault), or to sign in an HSM or a KMS with a {@link Signer} of yours.
 */
public final class PaykkaCredentials {
  private final MerchantId merchantId;
  private final Signer signer;
  private final List<PublicKey> platformPublicKeys;

  /**
   * Checks the arguments.
   *
   * @param merchantId your {@code merchant_id}
   * @param signer signs every request (e.g. {@code Signer.rsa(privateKey)})
   * @param platformPublicKeys PayKKa's platform public key(s); several during a key rotation
   * @throws IllegalArgumentException if there is no platform key, or one is not an RSA key
   */
  public PaykkaCredentials(MerchantId merchantId, Signer signer, List<PublicKey> platformPublicKeys) {
    this.merchantId = requireNonNull(merchantId, "merchantId == null");
    this.signer = requireNonNull(signer, "signer == null");
    this.platformPublicKeys = List.copyOf(requireNonNull(platformPublicKeys, "platformPublicKeys == null"));
    if (this.platformPublicKeys.isEmpty()) {
      throw new IllegalArgumentException("platformPublicKeys: at least one is required");
    }
    for (PublicKey key : this.platformPublicKeys) {
      if (!"RSA".equalsIgnoreCase(key.getAlgorithm())) {
        throw new IllegalArgumentException("platformPublicKeys: must be RSA keys, was " + key.getAlgorithm());
      }
    }
  }

  /** Your {@code merchant_id}. */
  public MerchantId merchantId() {
    return merchantId;
  }

  /** What signs your requests. */
  public Signer signer() {
    return signer;
  }

  /** PayKKa's platform public keys, unmodifiable, at least one. */
  public List<PublicKey> platformPublicKeys() {
    return platformPublicKeys;
  }

  /** The merchant and the number of platform keys; never a key. */
  @Override
  public String toString() {
    return "PaykkaCredentials[merchant " + merchantId.value() + ", " + platformPublicKeys.size()
        + " platform key(s), signer hidden]";
  }
}
