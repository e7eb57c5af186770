package io.github.paykka.testkit.engine;

import static java.util.Objects.requireNonNull;

import io.github.paykka.domain.Rejection;
import io.vavr.control.Option;

/**
 * Why the simulated PayKKa refused a command, as the PayKKa code a server should answer with. A refused command
 * changes nothing. PayKKa answers business refusals with HTTP 200 and this {@code ret_code}; the message never
 * contains card data.
 *
 * <p>Codes (from PAYKKA-FACTS.md; which code PayKKa uses for which refusal is partly our assumption):
 * <ul>
 *   <li>{@value #INVALID_PARAMETER} invalid parameter, naming the {@link #field()}: an unknown token in
 *       {@code payment.token}, an amount in another currency, a {@code trans_id} or {@code refund_trans_id} reused
 *       for a different session or refund;
 *   <li>{@value #INVALID_PARAMETER} with error code {@value #AGREEMENT_NOT_FOUND_ERROR}: the recurring agreement
 *       does not exist (PayKKa's transaction error {@code 2015});
 *   <li>{@value #INVALID_STATE} invalid data state: an illegal operation (capture after the final capture, refund
 *       beyond the captured amount, void of a captured order, cancel of a cancelled agreement, removal of a removed
 *       token, payment on a cancelled agreement or with a token that is not active, payment through a closed
 *       session);
 *   <li>{@value #DATA_NOT_FOUND} data not found: a refund or a token that does not exist (for this shopper);
 *   <li>{@value #ORDER_NOT_FOUND} order does not exist;
 *   <li>{@value #SESSION_NOT_FOUND} checkout session does not exist.
 * </ul>
 *
 * @param retCode the {@code ret_code} to answer with
 * @param errorCode the transaction {@code error_code}, when there is one
 * @param message a sentence for {@code ret_msg}
 * @param field the request field at fault, for {@value #INVALID_PARAMETER}
 */
public record EngineRefusal(String retCode, Option<String> errorCode, String message, Option<String> field) {

  /** Invalid request or parameters. */
  public static final String INVALID_PARAMETER = "010000";
  /** Data not found (cross-border OpenAPI common code). */
  public static final String DATA_NOT_FOUND = "010002";
  /** Invalid data state: the operation is not allowed now. */
  public static final String INVALID_STATE = "010003";
  /** Checkout session does not exist. */
  public static final String SESSION_NOT_FOUND = "206011";
  /** Order does not exist. */
  public static final String ORDER_NOT_FOUND = "206024";
  /** The transaction error code for "recurring agreement does not exist". */
  public static final String AGREEMENT_NOT_FOUND_ERROR = "2015";

  public EngineRefusal {
    requireNonNull(retCode, "retCode == null");
    requireNonNull(errorCode, "errorCode == null");
    requireNonNull(message, "message == null");
    requireNonNull(field, "field == null");
  }

  /** {@value #INVALID_PARAMETER}: {@code field} is wrong, because {@code why}. */
  public static EngineRefusal invalidParameter(String field, String why) {
    return new EngineRefusal(INVALID_PARAMETER, Option.none(), field + " " + why, Option.some(field));
  }

  /** {@value #INVALID_STATE}: the operation is not allowed in the current state. */
  public static EngineRefusal invalidState(String message) {
    return new EngineRefusal(INVALID_STATE, Option.none(), message, Option.none());
  }

  /** {@value #DATA_NOT_FOUND}: {@code what} does not exist. */
  public static EngineRefusal dataNotFound(String what) {
    return new EngineRefusal(DATA_NOT_FOUND, Option.none(), what + " does not exist", Option.none());
  }

  /** {@value #ORDER_NOT_FOUND}: the order does not exist. */
  public static EngineRefusal orderNotFound(String reference) {
    return new EngineRefusal(ORDER_NOT_FOUND, Option.none(), "order " + reference + " does not exist", Option.none());
  }

  /** {@value #SESSION_NOT_FOUND}: the checkout session does not exist. */
  public static EngineRefusal sessionNotFound(String reference) {
    return new EngineRefusal(SESSION_NOT_FOUND, Option.none(), "session " + reference + " does not exist",
        Option.none());
  }

  /** {@value #INVALID_PARAMETER} with error code {@value #AGREEMENT_NOT_FOUND_ERROR}. */
  public static EngineRefusal agreementNotFound(String reference) {
    return new EngineRefusal(INVALID_PARAMETER, Option.some(AGREEMENT_NOT_FOUND_ERROR),
        "recurring agreement " + reference + " does not exist", Option.some("recurring_agreement_id"));
  }

  /**
   * The code for a domain rejection: an amount that is not positive or in another currency is
   * {@value #INVALID_PARAMETER} (naming {@code amount} / {@code currency}); anything else (wrong state, more than
   * available, a failed precondition) is {@value #INVALID_STATE}.
   */
  public static EngineRefusal of(Rejection rejection) {
    requireNonNull(rejection, "rejection == null");
    if (rejection instanceof Rejection.NotPositive) return invalidParameter("amount", "must be at least 1");
    if (rejection instanceof Rejection.CurrencyMismatch) {
      return new EngineRefusal(INVALID_PARAMETER, Option.none(), rejection.message(), Option.some("currency"));
    }
    return invalidState(rejection.message());
  }
}
