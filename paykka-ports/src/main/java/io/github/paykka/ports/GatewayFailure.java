package io.github.paykka.ports;

import static java.util.Objects.requireNonNull;

import io.github.paykka.domain.Rejection;
import io.github.paykka.domain.id.OrderId;
import io.github.paykka.domain.validation.FieldError;
import io.vavr.collection.Seq;
import io.vavr.control.Option;

/**
 * Why a call to PayKKa did not produce a definite result, and so what the caller can do next.
 *
 * <p>Every failure names the {@link Operation} (shown as its label, e.g. {@code payments.initiate}), the reference it
 * concerns (the {@code trans_id}, {@code order_id}, {@code refund_trans_id} ... or an empty string when there is
 * none), and how many attempts were made. Messages never contain card data, keys or signatures.
 */
public sealed interface GatewayFailure {

  /** The operation; its {@link Operation#label() label} (e.g. {@code payments.initiate}) is what messages show. */
  Operation operation();

  /** The identifier the call concerned, to query or to log; empty when there is none. */
  String reference();

  /** How many requests were sent (0 when none was). */
  int attempts();

  /** A sentence for people and logs. */
  String message();

  /** Whether sending the same request again is safe and may succeed. */
  boolean isRetryable();

  /**
   * PayKKa answered and refused the request ({@code ret_code} other than {@code 000000}): do not retry blindly.
   *
   * @param retCode PayKKa's system code, e.g. {@code 010000}
   * @param errorCode the transaction error code, when PayKKa gave one
   * @param retMsg PayKKa's message, reduced to printable characters with runs of 12 or more digits masked (it may
   *     quote a card number back), at most 120 characters
   * @param httpStatus the HTTP status of the answer
   * @param retryable whether PayKKa's catalog says repeating can help (e.g. {@code 010001} after a back-off)
   * @param processing what PayKKa's catalog says the code means it did with the request (e.g. {@code 206024}: the
   *     order does not exist, {@link Processing#NOT_FOUND}); read it through {@link #notFound()} and
   *     {@link #nothingProcessed()} rather than matching codes
   */
  record Rejected(
      Operation operation, String reference, int attempts, String retCode, Option<String> errorCode, String retMsg,
      int httpStatus, boolean retryable, Processing processing) implements GatewayFailure {
    public Rejected {
      requireNonNull(operation, "operation == null");
      requireNonNull(reference, "reference == null");
      requireNonNull(retCode, "retCode == null");
      requireNonNull(errorCode, "errorCode == null");
      requireNonNull(retMsg, "retMsg == null");
      requireNonNull(processing, "processing == null");
      // PayKKa's text, however the failure was built: safe to print before anyone prints it
      retMsg = UntrustedText.text(retMsg);
    }

    /** Whether PayKKa has no such order, refund, token or session: nothing changed, and it may be created. */
    public boolean notFound() {
      return processing == Processing.NOT_FOUND;
    }

    /** Whether PayKKa refused the request before processing anything ("not found" included): nothing changed. */
    public boolean nothingProcessed() {
      return processing == Processing.NOT_PROCESSED || processing == Processing.NOT_FOUND;
    }

    @Override
    public String message() {
      return operation.label() + " [" + reference + "] rejected by PayKKa: ret_code " + retCode
          + errorCode.map(c -> ", error_code " + c).getOrElse("") + " (" + retMsg + "), HTTP " + httpStatus;
    }

    @Override
    public boolean isRetryable() {
      return retryable;
    }
  }

  /**
   * The payment was processed and failed ({@code status} FAILURE): a business outcome, not an error of the call.
   *
   * @param errorCode the transaction error code, e.g. {@code 2099}
   * @param errorDescription its description, e.g. {@code Invalid Card}, reduced to printable characters with runs of
   *     12 or more digits masked, at most 120 characters
   * @param orderId PayKKa's order, when it made one ({@code order_id}): compare it with your {@code OrderId}
   */
  record Declined(
      Operation operation, String reference, int attempts, String errorCode, String errorDescription,
      Option<OrderId> orderId) implements GatewayFailure {
    public Declined {
      requireNonNull(operation, "operation == null");
      requireNonNull(reference, "reference == null");
      requireNonNull(errorCode, "errorCode == null");
      requireNonNull(errorDescription, "errorDescription == null");
      requireNonNull(orderId, "orderId == null");
      errorDescription = UntrustedText.text(errorDescription);
    }

    @Override
    public String message() {
      return operation.label() + " [" + reference + "] declined: error_code " + errorCode + " (" + errorDescription + ")";
    }

    @Override
    public boolean isRetryable() {
      return false;
    }
  }

  /**
   * Nothing reached PayKKa (connection refused, circuit open, rate limited locally, deadline spent before
   * sending): safe to try again.
   *
   * @param reason what stopped the request
   */
  record NotSent(Operation operation, String reference, int attempts, String reason) implements GatewayFailure {
    public NotSent {
      requireNonNull(operation, "operation == null");
      requireNonNull(reference, "reference == null");
      requireNonNull(reason, "reason == null");
    }

    @Override
    public String message() {
      return operation.label() + " [" + reference + "] not sent: " + reason;
    }

    @Override
    public boolean isRetryable() {
      return true;
    }
  }

  /**
   * The request was sent and no answer came, or the answer did not say: ask PayKKa (query the {@link #reference()})
   * before doing anything else. Never a decline, never a client error.
   *
   * @param reason what happened (timeout, connection closed after sending, HTTP 5xx ...)
   * @param httpStatus the HTTP status if an answer came (0 when none)
   */
  record OutcomeUnknown(Operation operation, String reference, int attempts, String reason, int httpStatus)
      implements GatewayFailure {
    public OutcomeUnknown {
      requireNonNull(operation, "operation == null");
      requireNonNull(reference, "reference == null");
      requireNonNull(reason, "reason == null");
    }

    @Override
    public String message() {
      return operation.label() + " [" + reference + "] outcome unknown after " + attempts + " attempt(s): " + reason
          + "; query " + reference + " before repeating";
    }

    @Override
    public boolean isRetryable() {
      return false;
    }
  }

  /**
   * PayKKa answered with a {@code status} this version of the library does not know (PayKKa adds values): neither a
   * success nor a decline. Do not fulfil the order and do not pay again with a new {@code trans_id}; query the
   * {@link #reference()} later (a later status may be known) or upgrade the library.
   *
   * @param status the {@code status} as PayKKa sent it (printable characters only, at most 64)
   * @param orderId PayKKa's identifier of what the answer was about ({@code GW...}, {@code RG...}, {@code CS...}),
   *     when it carried one
   */
  record UnknownStatus(Operation operation, String reference, int attempts, String status, Option<String> orderId)
      implements GatewayFailure {
    public UnknownStatus {
      requireNonNull(operation, "operation == null");
      requireNonNull(reference, "reference == null");
      requireNonNull(status, "status == null");
      requireNonNull(orderId, "orderId == null");
    }

    @Override
    public String message() {
      return operation.label() + " [" + reference + "] PayKKa answered status '" + status + "'"
          + orderId.map(o -> " for " + o).getOrElse("")
          + ", which this version does not know: neither a success nor a decline; do not fulfil or pay again,"
          + " query " + reference + " later";
    }

    @Override
    public boolean isRetryable() {
      return false;
    }
  }

  /**
   * The request was refused before any I/O: the domain's rules, all of them.
   *
   * @param errors every broken rule
   */
  record Invalid(Operation operation, String reference, Seq<FieldError> errors) implements GatewayFailure {
    public Invalid {
      requireNonNull(operation, "operation == null");
      requireNonNull(reference, "reference == null");
      requireNonNull(errors, "errors == null");
    }

    @Override
    public int attempts() {
      return 0;
    }

    @Override
    public String message() {
      return operation.label() + " [" + reference + "] invalid: " + errors.mkString("; ");
    }

    @Override
    public boolean isRetryable() {
      return false;
    }
  }

  /**
   * The domain refused the command before any I/O: the order cannot take it (a capture of an order that is not
   * AUTHORIZED, a refund of more than can be refunded). Nothing was sent. This is how a command checked against the
   * order you keep ({@code CaptureCommand.partial(order, amount)}, {@code RefundCommand.builder()...checked()}) and the
   * call that sends it fail in one {@code Either}: {@link #rejection()} keeps the domain's typed reason.
   *
   * @param rejection why the domain refused it
   */
  record Refused(Operation operation, String reference, Rejection rejection) implements GatewayFailure {
    public Refused {
      requireNonNull(operation, "operation == null");
      requireNonNull(reference, "reference == null");
      requireNonNull(rejection, "rejection == null");
    }

    @Override
    public int attempts() {
      return 0;
    }

    @Override
    public String message() {
      return operation.label() + " [" + reference + "] refused before sending: " + rejection.message();
    }

    @Override
    public boolean isRetryable() {
      return false;
    }
  }

  /**
   * An answer came whose signature did not verify (missing, wrong, or from another key): its content is not to be
   * trusted, neither as a success nor as a decline. If the call moved money and the adapter could not settle it with a
   * signed query, its outcome is unknown: query before repeating.
   *
   * <p>What the answer claims is kept for people and logs, never acted on: an unsigned error answer such as HTTP 400
   * {@code {"ret_code":"206003",...}} says what the sender thinks went wrong (here, a signature error), and an HTML
   * page names the proxy, firewall or load balancer that sent it in {@link #reason()}.
   *
   * @param reason why verification failed and where the answer most likely came from, without the signature
   * @param httpStatus the HTTP status of the answer
   * @param claimedRetCode the {@code ret_code} the unverified answer claims, if it had one (letters, digits, {@code -}
   *     and {@code _} only, at most 16 characters)
   * @param claimedRetMsg its {@code ret_msg}: untrusted text, reduced to printable characters, long digit runs masked,
   *     at most 120 characters
   */
  record Unauthentic(
      Operation operation, String reference, int attempts, String reason, int httpStatus,
      Option<String> claimedRetCode, Option<String> claimedRetMsg) implements GatewayFailure {
    public Unauthentic {
      requireNonNull(operation, "operation == null");
      requireNonNull(reference, "reference == null");
      requireNonNull(reason, "reason == null");
      requireNonNull(claimedRetCode, "claimedRetCode == null");
      requireNonNull(claimedRetMsg, "claimedRetMsg == null");
      // whoever built it, the claim is the untrusted sender's text: bounded and printable before anyone prints it
      claimedRetCode = claimedRetCode.map(UntrustedText::code).filter(c -> !c.isEmpty());
      claimedRetMsg = claimedRetMsg.map(UntrustedText::text).filter(m -> !m.isEmpty());
    }

    /** An unverified answer that claims nothing readable. */
    public Unauthentic(Operation operation, String reference, int attempts, String reason, int httpStatus) {
      this(operation, reference, attempts, reason, httpStatus, Option.none(), Option.none());
    }

    @Override
    public String message() {
      String claim = claimedRetCode.isEmpty() && claimedRetMsg.isEmpty() ? ""
          : "; unverified, it claims" + claimedRetCode.map(c -> " ret_code " + c).getOrElse("")
              + claimedRetMsg.map(m -> " (" + m + ")").getOrElse("");
      return operation.label() + " [" + reference + "] answer not authentic: " + reason + ", HTTP " + httpStatus + claim;
    }

    @Override
    public boolean isRetryable() {
      return false;
    }
  }
}
