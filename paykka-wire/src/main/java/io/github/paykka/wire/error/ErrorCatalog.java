package io.github.paykka.wire.error;

import static io.github.paykka.ports.Processing.NOT_FOUND;
import static io.github.paykka.ports.Processing.NOT_PROCESSED;
import static io.github.paykka.ports.Processing.PROCESSED;
import static io.github.paykka.ports.Processing.UNKNOWN;
import static io.github.paykka.wire.error.Category.BAD_REQUEST;
import static io.github.paykka.wire.error.Category.DECLINE;
import static io.github.paykka.wire.error.Category.MERCHANT_CONFIGURATION;
import static io.github.paykka.wire.error.Category.SIGNATURE;
import static io.github.paykka.wire.error.Category.SUCCESS;
import static io.github.paykka.wire.error.Category.SYSTEM;
import static io.github.paykka.wire.error.Category.TRANSIENT;
import static io.github.paykka.wire.error.CodeKind.ERROR_CODE;
import static io.github.paykka.wire.error.CodeKind.RET_CODE;
import static io.github.paykka.wire.error.Retryability.AFTER_BACKOFF;
import static io.github.paykka.wire.error.Retryability.NEVER;
import static io.github.paykka.wire.error.Retryability.NOT_NEEDED;
import static io.github.paykka.wire.error.Retryability.QUERY_FIRST;
import static io.github.paykka.wire.error.Retryability.WITH_FRESH_SIGNATURE;
import static java.util.Objects.requireNonNull;

import io.github.paykka.ports.GatewayFailure;
import io.github.paykka.ports.Operation;
import io.github.paykka.ports.Processing;
import io.vavr.control.Option;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Every {@code ret_code} and transaction {@code error_code} known from PayKKa's public material, with what to do.
 *
 * <p>Sources: PAYKKA-FACTS.md (public v1.2 docs: system codes, and the transaction error codes 1000-1022 and
 * 2000-2017 by the names PayKKa publishes, paraphrased) and seed 004 (common codes of PayKKa's cross-border OpenAPI,
 * which v1.2 may share). Every entry has a {@link Category} saying who must act. Codes are told apart by namespace: six
 * characters are a {@code ret_code}, anything else a transaction {@code error_code}; {@link #answer} reads the
 * {@code ret_code} of an envelope, which may hold either. {@link #lookup(String)} never fails: an unknown code gets a
 * generic entry keeping the raw code (and message); an unknown {@code ret_code} is treated as an unknown outcome,
 * because on a money-moving call that is the only safe reading.
 *
 * <p>Decision on {@code 999999} (system exception): {@link Processing#UNKNOWN} and {@link Retryability#QUERY_FIRST}. PayKKa
 * may have failed before or after moving money, so an initiate, capture, void or refund answered with it must be
 * queried before any re-send.
 *
 * <p>Immutable and thread-safe.
 */
public final class ErrorCatalog {
  /**
   * The system codes whose meaning a transaction error code repeats (both lists name them alike; which one PayKKa
   * sends when is not public, see docs/assumptions.md).
   */
  private static final Map<String, String> FOUR_DIGIT_TWINS = Map.of(
      RetCode.MERCHANT_UNKNOWN, ErrorCode.MERCHANT_UNKNOWN,
      RetCode.MERCHANT_DISABLED, ErrorCode.MERCHANT_DISABLED,
      RetCode.MERCHANT_KEY_MISSING, ErrorCode.MERCHANT_KEY_MISSING,
      RetCode.SIGNATURE_MISSING, ErrorCode.SIGNATURE_ERROR,
      RetCode.SIGNATURE_ERROR, ErrorCode.SIGNATURE_ERROR,
      RetCode.SIGNATURE_EXPIRED, ErrorCode.SIGNATURE_EXPIRED);

  private static final ErrorCatalog STANDARD = new ErrorCatalog(standardEntries());

  private final Map<String, ErrorEntry> retCodes;
  private final Map<String, ErrorEntry> errorCodes;

  private ErrorCatalog(List<ErrorEntry> entries) {
    Map<String, ErrorEntry> ret = new LinkedHashMap<>();
    Map<String, ErrorEntry> err = new LinkedHashMap<>();
    for (ErrorEntry e : entries) (e.kind() == RET_CODE ? ret : err).put(e.code(), e);
    this.retCodes = java.util.Collections.unmodifiableMap(ret);
    this.errorCodes = java.util.Collections.unmodifiableMap(err);
  }

  /** Returns the catalog of every code known to this version of the library. */
  public static ErrorCatalog standard() {
    return STANDARD;
  }

  /** Looks a code up; never fails. Six characters are a {@code ret_code}, anything else an {@code error_code}. */
  public ErrorEntry lookup(String code) {
    return lookup(code, null);
  }

  /**
   * Looks a code up; never fails. For an unknown code, the generic entry keeps the raw code and {@code message} (PayKKa's
   * {@code ret_msg} or {@code error_description}).
   */
  public ErrorEntry lookup(String code, @Nullable String message) {
    requireNonNull(code, "code == null");
    return isRetCodeShaped(code) ? retCode(code, message) : errorCode(code, message);
  }

  /** Looks a {@code ret_code} up; an unknown one is an unknown outcome to be queried first. */
  public ErrorEntry retCode(String code, @Nullable String message) {
    requireNonNull(code, "code == null");
    ErrorEntry e = retCodes.get(code);
    if (e != null) return e;
    return new ErrorEntry(
        code,
        RET_CODE,
        Category.UNKNOWN,
        message == null || message.isBlank() ? "unknown ret_code" : message,
        UNKNOWN,
        QUERY_FIRST,
        "Unknown result code: treat the outcome as unknown; query money-moving calls before re-sending.",
        false);
  }

  /** Looks a transaction {@code error_code} up; an unknown one is a failed transaction that must not be repeated as is. */
  public ErrorEntry errorCode(String code, @Nullable String description) {
    requireNonNull(code, "code == null");
    ErrorEntry e = errorCodes.get(code);
    if (e != null) return e;
    return new ErrorEntry(
        code,
        ERROR_CODE,
        Category.UNKNOWN,
        description == null || description.isBlank() ? "unknown error_code" : description,
        PROCESSED,
        NEVER,
        "The transaction failed for a reason not in the catalog: show error_description, do not repeat as is.",
        false);
  }

  /**
   * Looks up the {@code ret_code} of an answer's envelope; never fails. PayKKa puts two kinds of code there: its
   * six-digit system codes, and, with a non-200 HTTP status, the four-digit transaction error codes (its response-code
   * page shows {@code {"ret_code":"1004", ...}}). A four-digit code is read through the transaction catalog: a definite
   * refusal with its meaning, an unknown one a generic refusal keeping PayKKa's message. Anything else not in the
   * catalog (including {@code 0000} in this place, which would claim a success without {@code 000000}) is an unknown
   * outcome, to be queried first.
   *
   * @param retCode the envelope's {@code ret_code}
   * @param retMsg its {@code ret_msg}, kept as the meaning of an unknown code
   */
  public ErrorEntry answer(String retCode, @Nullable String retMsg) {
    requireNonNull(retCode, "retCode == null");
    if (isTransactionCode(retCode) && !"0000".equals(retCode)) return errorCode(retCode, retMsg);
    return retCode(retCode, retMsg);
  }

  /**
   * The refusal an answer with {@code retCode} is: what the catalog says about the code (its {@link Processing},
   * whether repeating helps, a four-digit code as the error code), for every transport and test double alike.
   *
   * @param errorCode the transaction error code given beside {@code retCode}, if any; without one, a four-digit
   *     {@code retCode} is its own error code
   * @param retMsg PayKKa's {@code ret_msg}; when absent or blank, the catalog's meaning of the code
   */
  public GatewayFailure.Rejected rejected(Operation operation, String reference, int attempts, String retCode,
      Option<String> errorCode, @Nullable String retMsg, int httpStatus) {
    requireNonNull(errorCode, "errorCode == null");
    ErrorEntry entry = answer(retCode, retMsg);
    Option<String> error = errorCode.orElse(entry.kind() == ERROR_CODE ? Option.some(retCode) : Option.none());
    String message = retMsg == null || retMsg.isBlank() ? entry.meaning() : retMsg;
    boolean retryable = entry.retryability() == AFTER_BACKOFF || entry.retryability() == WITH_FRESH_SIGNATURE;
    return new GatewayFailure.Rejected(operation, reference, attempts, retCode, error, message, httpStatus, retryable,
        entry.processing());
  }

  /**
   * The transaction error code that means the same as the system code {@code retCode}, if there is one (e.g.
   * {@code 206003} and {@code 2000}, signature error).
   */
  public Option<String> fourDigitTwin(String retCode) {
    return Option.of(FOUR_DIGIT_TWINS.get(requireNonNull(retCode, "retCode == null")));
  }

  /** Whether {@code code} has the shape of a transaction error code: exactly four ASCII digits. */
  public static boolean isTransactionCode(String code) {
    requireNonNull(code, "code == null");
    if (code.length() != 4) return false;
    for (int i = 0; i < 4; i++) {
      char c = code.charAt(i);
      if (c < '0' || c > '9') return false;
    }
    return true;
  }

  /** Whether {@code retCode} is {@code 000000}. */
  public boolean isSuccess(String retCode) {
    return RetCode.SUCCESS.equals(retCode);
  }

  /** Every {@code ret_code} entry, in catalog order. */
  public Collection<ErrorEntry> retCodes() {
    return retCodes.values();
  }

  /** Every transaction {@code error_code} entry, in catalog order. */
  public Collection<ErrorEntry> errorCodes() {
    return errorCodes.values();
  }

  private static boolean isRetCodeShaped(String code) {
    return code.length() == 6;
  }

  @Override
  public String toString() {
    return "ErrorCatalog[" + retCodes.size() + " ret_codes, " + errorCodes.size() + " error_codes]";
  }

  private static List<ErrorEntry> standardEntries() {
    List<ErrorEntry> l = new ArrayList<>();
    String fixSignature = "Fix the signing (key, signed string, headers); do not repeat as is.";
    String contact = "Contact PayKKa to fix the merchant account; do not repeat.";
    String fixRequest = "Fix the request data; do not repeat as is.";
    ret(l, RetCode.SUCCESS, SUCCESS, "Success: the request was processed", PROCESSED, NOT_NEEDED,
        "Read data (a decline still has 000000).");
    ret(l, RetCode.SYSTEM_ERROR, SYSTEM, "System exception", UNKNOWN, QUERY_FIRST,
        "Outcome unknown: query money-moving calls by reference before re-sending; repeat read-only calls after backoff.");
    ret(l, RetCode.INVALID_REQUEST, BAD_REQUEST, "Invalid request parameters (format error or missing fields)", NOT_PROCESSED, NEVER,
        fixRequest);
    ret(l, RetCode.TOO_MANY_REQUESTS, TRANSIENT, "Too many requests", NOT_PROCESSED, AFTER_BACKOFF, "Back off (with jitter) and repeat.");
    ret(l, RetCode.DATA_NOT_FOUND, Category.NOT_FOUND, "Data not found", NOT_FOUND, NEVER,
        "The referenced order or data does not exist; it may be created.");
    ret(l, RetCode.INVALID_STATE, BAD_REQUEST, "Invalid data state", NOT_PROCESSED, NEVER,
        "Query the order for its current state before acting.");
    ret(l, RetCode.DATA_INTEGRITY, BAD_REQUEST, "Data integrity violation", NOT_PROCESSED, NEVER,
        "Possibly a duplicate reference: query the original by its reference; do not repeat.");
    ret(l, RetCode.TOO_LARGE, BAD_REQUEST, "File size exceeds limit", NOT_PROCESSED, NEVER, fixRequest);
    ret(l, RetCode.UNAUTHORIZED, SIGNATURE, "Unauthorized request (signature verification failed)", NOT_PROCESSED, NEVER,
        fixSignature);
    ret(l, RetCode.UNAUTHORIZED_SIGNATURE, SIGNATURE, "Unauthorized request (signature verification failed)", NOT_PROCESSED, NEVER,
        fixSignature);
    ret(l, RetCode.INVALID_VERSION, BAD_REQUEST, "Invalid API version", NOT_PROCESSED, NEVER, "Send version v1.2.");
    ret(l, RetCode.SIGNATURE_MISSING, SIGNATURE, "Signature not found", NOT_PROCESSED, NEVER, fixSignature);
    ret(l, RetCode.SIGNATURE_ERROR, SIGNATURE, "Signature error", NOT_PROCESSED, NEVER, fixSignature);
    ret(l, RetCode.SIGNATURE_EXPIRED, SIGNATURE, "Signature expired", NOT_PROCESSED, WITH_FRESH_SIGNATURE,
        "Check the clock; sign again with a fresh timestamp and repeat.");
    ret(l, RetCode.MERCHANT_UNKNOWN, MERCHANT_CONFIGURATION, "Merchant does not exist", NOT_PROCESSED, NEVER,
        "Check merchant_id and the environment.");
    ret(l, RetCode.MERCHANT_KEY_MISSING, MERCHANT_CONFIGURATION, "Merchant public key not configured", NOT_PROCESSED, NEVER,
        "Upload the merchant public key.");
    ret(l, RetCode.MERCHANT_DISABLED, MERCHANT_CONFIGURATION, "Merchant disabled", NOT_PROCESSED, NEVER, contact);
    ret(l, RetCode.MEMBER_DISABLED, MERCHANT_CONFIGURATION, "Member disabled", NOT_PROCESSED, NEVER, contact);
    ret(l, RetCode.SESSION_NOT_FOUND, Category.NOT_FOUND, "Session does not exist", NOT_FOUND, NEVER, "Check session_id.");
    ret(l, RetCode.PCI_INSUFFICIENT, MERCHANT_CONFIGURATION, "PCI compliance insufficient", NOT_PROCESSED, NEVER,
        "Send encrypted card data (Encrypted Card) instead of plain card data, or get PCI DSS approval.");
    ret(l, RetCode.CARD_DECRYPTION_FAILED, BAD_REQUEST, "Card decryption failed", NOT_PROCESSED, NEVER,
        "Encrypt the card data again with the client key.");
    ret(l, RetCode.CARD_ENCRYPTION_EXPIRED, BAD_REQUEST, "Card encryption expired", NOT_PROCESSED, NEVER,
        "Encrypt the card data again and send a new request.");
    ret(l, RetCode.CARD_NOT_SUPPORTED, DECLINE, "Card not supported", NOT_PROCESSED, NEVER, "Ask the shopper for another card or method.");
    ret(l, RetCode.ORDER_NOT_FOUND, Category.NOT_FOUND, "Order does not exist", NOT_FOUND, NEVER, "The order does not exist; it may be created.");
    ret(l, RetCode.METHOD_NOT_SUPPORTED, MERCHANT_CONFIGURATION, "Payment method not supported", NOT_PROCESSED, NEVER,
        "Offer another payment method.");
    ret(l, RetCode.SHOPPER_REFERENCE_REQUIRED, BAD_REQUEST, "shopper_reference required", NOT_PROCESSED, NEVER, fixRequest);
    ret(l, RetCode.SHIPPING_REQUIRED, BAD_REQUEST, "Shipping information required", NOT_PROCESSED, NEVER, fixRequest);
    ret(l, "210004", BAD_REQUEST, "Request rejected (meaning not public; a validation code after 210003)", NOT_PROCESSED,
        NEVER, fixRequest);

    // Transaction error codes, by the names PayKKa publishes (PAYKKA-FACTS.md). They arrive in data.error_code of a
    // failed transaction, and also as the ret_code of a refused request (see answer()). Configuration and request
    // errors are refused before any money moves (NOT_PROCESSED); declines are processed failures.
    err(l, "0000", SUCCESS, "Success", PROCESSED, NOT_NEEDED, "Nothing to do.");
    config(l, ErrorCode.MERCHANT_UNKNOWN, "Merchant does not exist", "Check merchant_id and the environment (sandbox or production).");
    config(l, ErrorCode.MERCHANT_DISABLED, "Merchant disabled", contact);
    config(l, "1002", "Entity does not exist", "Check the merchant's entity at PayKKa; " + contact);
    config(l, "1003", "Entity disabled", contact);
    config(l, "1004", "Payment method not supported by the merchant",
        "Offer another payment method, or ask PayKKa to enable this one.");
    config(l, "1005", "Payment type not supported by the merchant",
        "Use a payment type the account supports, or ask PayKKa to enable it.");
    config(l, ErrorCode.REFUND_NOT_ALLOWED, "Refund not allowed", "The account or the order does not allow refunds: ask PayKKa.");
    config(l, "1007", "Currency not supported", "Use a currency the account supports, or ask PayKKa to enable it.");
    config(l, "1008", "Not PCI certified: plain card data not allowed",
        "Send encrypted card data (Encrypted Card) instead of plain card data, or get PCI DSS approval.");
    bad(l, "1009", "Component parameter error", "Fix the parameters of the checkout component; do not repeat as is.");
    bad(l, "1010", "WeChat OpenID is empty", "Send the shopper's WeChat OpenID; do not repeat as is.");
    bad(l, "1011", "WeChat terminal type not supported", "Send a terminal type WeChat Pay supports; do not repeat as is.");
    config(l, ErrorCode.MERCHANT_KEY_MISSING, "Merchant public key not configured", "Upload the merchant public key in PayKKa's portal.");
    config(l, "1013", "Platform public key missing", "Ask PayKKa to configure the platform key of the account.");
    config(l, "1014", "Checkout theme not available", "Check theme_id against the themes configured for the account.");
    config(l, "1015", "Product not enabled for the merchant", contact);
    config(l, "1016", "No payment route for the request", contact);
    config(l, "1017", "Not on the merchant whitelist", "Ask PayKKa to whitelist the server's address or domain.");
    config(l, "1018", "POS configuration error", contact);
    config(l, "1019", "POS configuration error", contact);
    config(l, "1020", "POS configuration error", contact);
    config(l, "1021", "Merchant id configuration error", "Check merchant_id; " + contact);
    config(l, "1022", "Merchant not allowed to take this payment", contact);
    err(l, ErrorCode.SIGNATURE_ERROR, SIGNATURE, "Signature error", NOT_PROCESSED, NEVER, fixSignature);
    err(l, ErrorCode.SIGNATURE_EXPIRED, SIGNATURE, "Signature expired", NOT_PROCESSED, WITH_FRESH_SIGNATURE,
        "Check the clock; sign again with a fresh timestamp and repeat.");
    bad(l, "2002", "This API version does not support the payment method", "Use a payment method of v1.2.");
    bad(l, "2003", "Card encryption failed", "Encrypt the card data again with the client key.");
    bad(l, "2004", "Decryption failed", "Encrypt the card data again with the current client key.");
    bad(l, "2005", "Encryption expired", "Encrypt the card data again and send a new request.");
    err(l, "2006", DECLINE, "Card not supported", PROCESSED, NEVER, "Ask the shopper for another card or method.");
    bad(l, "2007", "Payment link amount or currency changed", "Create a new payment link for the new amount.");
    bad(l, "2008", "shopper_reference required", "Send shopper_reference (storing or using a card needs it).");
    bad(l, "2009", "Shipping information required", "Send shipping.");
    bad(l, "2010", "mit is required in recurring payments", "Send mit: false on the first, true on the next ones.");
    bad(l, "2011", "A subsequent recurring payment needs mit true", "Send mit: true with recurring_agreement_id.");
    bad(l, "2012", "A first recurring payment needs mit false", "Send mit: false on the first recurring payment.");
    bad(l, "2013", "Storing a card requires payment method BANKCARD", "Store only bank cards.");
    bad(l, "2014", "A first recurring payment needs store_payment_method true",
        "Send store_payment_method: true with token_usage and shopper_reference.");
    bad(l, ErrorCode.AGREEMENT_NOT_FOUND, "Recurring agreement does not exist", "Check recurring_agreement_id.");
    bad(l, "2016", "Recurring agreement not active",
        "The agreement was cancelled or never activated: stop charging it; ask the shopper for a new one.");
    err(l, "2017", DECLINE, "Recurring agreement creation failed", PROCESSED, NEVER,
        "The first recurring payment could not set up the agreement: ask the shopper to try again or another card.");
    err(l, ErrorCode.INVALID_CARD, DECLINE, "Invalid card", PROCESSED, NEVER, "A decline: ask the shopper for another card.");
    return l;
  }

  private static void config(List<ErrorEntry> l, String c, String m, String a) {
    err(l, c, MERCHANT_CONFIGURATION, m, NOT_PROCESSED, NEVER, a);
  }

  private static void bad(List<ErrorEntry> l, String c, String m, String a) {
    err(l, c, BAD_REQUEST, m, NOT_PROCESSED, NEVER, a);
  }

  private static void ret(List<ErrorEntry> l, String c, Category k, String m, Processing o, Retryability r, String a) {
    l.add(new ErrorEntry(c, RET_CODE, k, m, o, r, a, true));
  }

  private static void err(List<ErrorEntry> l, String c, Category k, String m, Processing o, Retryability r, String a) {
    l.add(new ErrorEntry(c, ERROR_CODE, k, m, o, r, a, true));
  }
}
