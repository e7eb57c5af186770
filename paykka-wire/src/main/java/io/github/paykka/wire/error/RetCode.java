package io.github.paykka.wire.error;

/**
 * The {@code ret_code} values PayKKa publishes, by name: use these wherever a code is meant, never its digits.
 *
 * <p>Sources: PAYKKA-FACTS.md (v1.2 system codes, and seed 004's cross-border common codes). What each code means and
 * what to do about it is in {@link ErrorCatalog}; an unknown code is still a string, never an exception.
 */
public final class RetCode {
  /** {@code 000000}: processed (a decline is still processed: {@code data.status FAILURE}). */
  public static final String SUCCESS = "000000";
  /** {@code 999999}: system exception; the outcome is unknown. */
  public static final String SYSTEM_ERROR = "999999";
  /** {@code 010000}: invalid request or parameters. */
  public static final String INVALID_REQUEST = "010000";
  /** {@code 010001}: too many requests; slow down. */
  public static final String TOO_MANY_REQUESTS = "010001";
  /** {@code 010002}: data not found. */
  public static final String DATA_NOT_FOUND = "010002";
  /** {@code 010003}: invalid data state. */
  public static final String INVALID_STATE = "010003";
  /** {@code 010004}: data integrity violation (e.g. a reference used twice). */
  public static final String DATA_INTEGRITY = "010004";
  /** {@code 010005}: file or body too large. */
  public static final String TOO_LARGE = "010005";
  /** {@code 010100}: unauthorized (signature verification failed). */
  public static final String UNAUTHORIZED = "010100";
  /** {@code 010200}: unauthorized (signature verification failed). */
  public static final String UNAUTHORIZED_SIGNATURE = "010200";
  /** {@code 206001}: invalid API version. */
  public static final String INVALID_VERSION = "206001";
  /** {@code 206002}: signature not found. */
  public static final String SIGNATURE_MISSING = "206002";
  /** {@code 206003}: signature error. */
  public static final String SIGNATURE_ERROR = "206003";
  /** {@code 206004}: signature expired. */
  public static final String SIGNATURE_EXPIRED = "206004";
  /** {@code 206005}: merchant does not exist. */
  public static final String MERCHANT_UNKNOWN = "206005";
  /** {@code 206006}: merchant public key not configured. */
  public static final String MERCHANT_KEY_MISSING = "206006";
  /** {@code 206007}: merchant disabled. */
  public static final String MERCHANT_DISABLED = "206007";
  /** {@code 206008}: member disabled. */
  public static final String MEMBER_DISABLED = "206008";
  /** {@code 206011}: checkout session does not exist. */
  public static final String SESSION_NOT_FOUND = "206011";
  /** {@code 206017}: PCI compliance insufficient. */
  public static final String PCI_INSUFFICIENT = "206017";
  /** {@code 206020}: card decryption failed. */
  public static final String CARD_DECRYPTION_FAILED = "206020";
  /** {@code 206021}: card encryption expired. */
  public static final String CARD_ENCRYPTION_EXPIRED = "206021";
  /** {@code 206022}: card not supported. */
  public static final String CARD_NOT_SUPPORTED = "206022";
  /** {@code 206024}: order does not exist. */
  public static final String ORDER_NOT_FOUND = "206024";
  /** {@code 210001}: payment method not supported. */
  public static final String METHOD_NOT_SUPPORTED = "210001";
  /** {@code 210002}: {@code shopper_reference} required. */
  public static final String SHOPPER_REFERENCE_REQUIRED = "210002";
  /** {@code 210003}: shipping required. */
  public static final String SHIPPING_REQUIRED = "210003";

  private RetCode() {}
}
