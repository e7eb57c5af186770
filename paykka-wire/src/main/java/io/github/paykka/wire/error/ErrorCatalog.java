package io.github.paykka.wire.error;

import static io.github.paykka.wire.error.CodeKind.ERROR_CODE;
import static io.github.paykka.wire.error.CodeKind.RET_CODE;
import static io.github.paykka.wire.error.Outcome.NOT_FOUND;
import static io.github.paykka.wire.error.Outcome.NOT_PROCESSED;
import static io.github.paykka.wire.error.Outcome.PROCESSED;
import static io.github.paykka.wire.error.Outcome.UNKNOWN;
import static io.github.paykka.wire.error.Retryability.AFTER_BACKOFF;
import static io.github.paykka.wire.error.Retryability.NEVER;
import static io.github.paykka.wire.error.Retryability.NOT_NEEDED;
import static io.github.paykka.wire.error.Retryability.QUERY_FIRST;
import static io.github.paykka.wire.error.Retryability.WITH_FRESH_SIGNATURE;
import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Every {@code ret_code} and transaction {@code error_code} known from PayKKa's public material, with what to do.
 *
 * <p>Sources: PAYKKA-FACTS.md (public v1.2 docs) and seed 004 (common codes of PayKKa's cross-border OpenAPI, which v1.2
 * may share). Codes are told apart by namespace: six characters are a {@code ret_code}, anything else a transaction
 * {@code error_code}. {@link #lookup(String)} never fails: an unknown code gets a generic entry keeping the raw code
 * (and message); an unknown {@code ret_code} is treated as an unknown outcome, because on a money-moving call that is the
 * only safe reading.
 *
 * <p>Decision on {@code 999999} (system exception): {@link Outcome#UNKNOWN} and {@link Retryability#QUERY_FIRST}. PayKKa
 * may have failed before or after moving money, so an initiate, capture, void or refund answered with it must be
 * queried before any re-send.
 *
 * <p>Immutable and thread-safe.
 */
public final class ErrorCatalog {
  /** The order does not exist: the codes the exactly-once logic of a transport relies on. */
  private static final Set<String> ORDER_NOT_FOUND = Set.of("206024", "010002");

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
        description == null || description.isBlank() ? "unknown error_code" : description,
        PROCESSED,
        NEVER,
        "The transaction failed for a reason not in the catalog: show error_description, do not repeat as is.",
        false);
  }

  /** Whether {@code retCode} says the order does not exist ({@code 206024}, {@code 010002}): safe to (re-)create it. */
  public boolean isOrderNotFound(String retCode) {
    return ORDER_NOT_FOUND.contains(requireNonNull(retCode, "retCode == null"));
  }

  /** Whether {@code retCode} says PayKKa rejected the request before processing anything (including "not found"). */
  public boolean isNothingProcessed(String retCode) {
    ErrorEntry e = retCodes.get(requireNonNull(retCode, "retCode == null"));
    return e != null && (e.outcome() == NOT_PROCESSED || e.outcome() == NOT_FOUND);
  }

  /** Whether {@code retCode} is {@code 000000}. */
  public boolean isSuccess(String retCode) {
    return "000000".equals(retCode);
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
    ret(l, "000000", "Success: the request was processed", PROCESSED, NOT_NEEDED, "Read data (a decline still has 000000).");
    ret(l, "999999", "System exception", UNKNOWN, QUERY_FIRST,
        "Outcome unknown: query money-moving calls by reference before re-sending; repeat read-only calls after backoff.");
    ret(l, "010000", "Invalid request parameters (format error or missing fields)", NOT_PROCESSED, NEVER, fixRequest);
    ret(l, "010001", "Too many requests", NOT_PROCESSED, AFTER_BACKOFF, "Back off (with jitter) and repeat.");
    ret(l, "010002", "Data not found", NOT_FOUND, NEVER, "The referenced order or data does not exist; it may be created.");
    ret(l, "010003", "Invalid data state", NOT_PROCESSED, NEVER, "Query the order for its current state before acting.");
    ret(l, "010004", "Data integrity violation", NOT_PROCESSED, NEVER,
        "Possibly a duplicate reference: query the original by its reference; do not repeat.");
    ret(l, "010005", "File size exceeds limit", NOT_PROCESSED, NEVER, fixRequest);
    ret(l, "010100", "Unauthorized request (signature verification failed)", NOT_PROCESSED, NEVER, fixSignature);
    ret(l, "010200", "Unauthorized request (signature verification failed)", NOT_PROCESSED, NEVER, fixSignature);
    ret(l, "206001", "Invalid API version", NOT_PROCESSED, NEVER, "Send version v1.2.");
    ret(l, "206002", "Signature not found", NOT_PROCESSED, NEVER, fixSignature);
    ret(l, "206003", "Signature error", NOT_PROCESSED, NEVER, fixSignature);
    ret(l, "206004", "Signature expired", NOT_PROCESSED, WITH_FRESH_SIGNATURE,
        "Check the clock; sign again with a fresh timestamp and repeat.");
    ret(l, "206005", "Merchant does not exist", NOT_PROCESSED, NEVER, "Check merchant_id and the environment.");
    ret(l, "206006", "Merchant public key not configured", NOT_PROCESSED, NEVER, "Upload the merchant public key.");
    ret(l, "206007", "Merchant disabled", NOT_PROCESSED, NEVER, contact);
    ret(l, "206008", "Member disabled", NOT_PROCESSED, NEVER, contact);
    ret(l, "206011", "Session does not exist", NOT_FOUND, NEVER, "Check session_id.");
    ret(l, "206017", "PCI compliance insufficient", NOT_PROCESSED, NEVER,
        "Send encrypted card data (Encrypted Card) instead of plain card data, or get PCI DSS approval.");
    ret(l, "206020", "Card decryption failed", NOT_PROCESSED, NEVER, "Encrypt the card data again with the client key.");
    ret(l, "206021", "Card encryption expired", NOT_PROCESSED, NEVER, "Encrypt the card data again and send a new request.");
    ret(l, "206022", "Card not supported", NOT_PROCESSED, NEVER, "Ask the shopper for another card or method.");
    ret(l, "206024", "Order does not exist", NOT_FOUND, NEVER, "The order does not exist; it may be created.");
    ret(l, "210001", "Payment method not supported", NOT_PROCESSED, NEVER, "Offer another payment method.");
    ret(l, "210002", "shopper_reference required", NOT_PROCESSED, NEVER, fixRequest);
    ret(l, "210003", "Shipping information required", NOT_PROCESSED, NEVER, fixRequest);
    ret(l, "210004", "Request rejected (meaning not public; a validation code after 210003)", NOT_PROCESSED, NEVER,
        fixRequest);

    err(l, "0000", "Success", PROCESSED, NOT_NEEDED, "Nothing to do.");
    for (int c = 1000; c <= 1022; c++) {
      String code = Integer.toString(c);
      String meaning =
          switch (code) {
            case "1006" -> "Refund not allowed";
            case "1012" -> "Merchant public key not configured";
            case "1013" -> "Platform public key missing";
            case "1017" -> "Not on the merchant whitelist";
            default -> "Merchant configuration error (exact meaning not public)";
          };
      err(l, code, meaning, PROCESSED, NEVER, contact);
    }
    err(l, "2000", "Signature error", PROCESSED, NEVER, fixSignature);
    err(l, "2001", "Signature expired", PROCESSED, NEVER, "Check the clock; send a new transaction.");
    for (int c = 2002; c <= 2017; c++) {
      String code = Integer.toString(c);
      String meaning =
          c == 2015 ? "Recurring agreement does not exist" : "Parameter or recurring error (exact meaning not public)";
      err(l, code, meaning, PROCESSED, NEVER, fixRequest);
    }
    err(l, "2099", "Invalid card", PROCESSED, NEVER, "A decline: ask the shopper for another card.");
    return l;
  }

  private static void ret(List<ErrorEntry> l, String c, String m, Outcome o, Retryability r, String a) {
    l.add(new ErrorEntry(c, RET_CODE, m, o, r, a, true));
  }

  private static void err(List<ErrorEntry> l, String c, String m, Outcome o, Retryability r, String a) {
    l.add(new ErrorEntry(c, ERROR_CODE, m, o, r, a, true));
  }
}
