package io.github.paykka.wire.error;

/**
 * The transaction {@code error_code} values that code acts on or sends, by name: use these wherever such a code is
 * meant, never its digits. {@link ErrorCatalog} holds every transaction code PayKKa publishes (1000-1022,
 * 2000-2017, 2099) with its meaning; an unknown code is still a string, never an exception.
 *
 * <p>Source: PAYKKA-FACTS.md (the transaction error codes, by the names PayKKa publishes).
 */
public final class ErrorCode {
  /** {@code 1000}: merchant does not exist (the twin of {@link RetCode#MERCHANT_UNKNOWN}). */
  public static final String MERCHANT_UNKNOWN = "1000";
  /** {@code 1001}: merchant disabled (the twin of {@link RetCode#MERCHANT_DISABLED}). */
  public static final String MERCHANT_DISABLED = "1001";
  /** {@code 1006}: refund not allowed. */
  public static final String REFUND_NOT_ALLOWED = "1006";
  /** {@code 1012}: merchant public key not configured (the twin of {@link RetCode#MERCHANT_KEY_MISSING}). */
  public static final String MERCHANT_KEY_MISSING = "1012";
  /** {@code 2000}: signature error (the twin of {@link RetCode#SIGNATURE_MISSING} and {@link RetCode#SIGNATURE_ERROR}). */
  public static final String SIGNATURE_ERROR = "2000";
  /** {@code 2001}: signature expired (the twin of {@link RetCode#SIGNATURE_EXPIRED}). */
  public static final String SIGNATURE_EXPIRED = "2001";
  /** {@code 2015}: recurring agreement does not exist. */
  public static final String AGREEMENT_NOT_FOUND = "2015";
  /** {@code 2099}: invalid card, a decline (PayKKa's documented example of a failed payment). */
  public static final String INVALID_CARD = "2099";

  private ErrorCode() {}
}
