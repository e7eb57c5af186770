package io.github.paykka.testkit.simulation;

import static java.util.Objects.requireNonNull;

import io.github.paykka.domain.Rejection;
import io.github.paykka.wire.error.ErrorCode;
import io.github.paykka.wire.error.RetCode;
import io.vavr.control.Option;

/**
 * Why the simulated PayKKa refused a command, as the PayKKa code a server should answer with. A refused command
 * changes nothing. PayKKa answers business refusals with HTTP 200 and this {@code ret_code}; the message never
 * contains card data.
 *
 * <p>Codes (named in {@link RetCode}, from PAYKKA-FACTS.md; which code PayKKa uses for which refusal is partly our
 * assumption):
 * <ul>
 *   <li>{@value RetCode#INVALID_REQUEST} invalid parameter, naming the {@link #field()}: an unknown token in
 *       {@code payment.token}, an amount in another currency, a {@code trans_id} or {@code refund_trans_id} reused
 *       for a different session or refund;
 *   <li>{@value RetCode#INVALID_REQUEST} with error code {@value #AGREEMENT_NOT_FOUND_ERROR}: the recurring agreement
 *       does not exist (PayKKa's transaction error {@code 2015});
 *   <li>{@value RetCode#INVALID_STATE} invalid data state: an illegal operation (capture after the final capture,
 *       refund beyond the captured amount, void of a captured order, cancel of a cancelled agreement, removal of a
 *       removed token, payment on a cancelled agreement or with a token that is not active, payment through a closed
 *       session);
 *   <li>{@value RetCode#DATA_NOT_FOUND} data not found: a refund or a token that does not exist (for this shopper);
 *   <li>{@value RetCode#ORDER_NOT_FOUND} order does not exist;
 *   <li>{@value RetCode#SESSION_NOT_FOUND} checkout session does not exist.
 * </ul>
 *
 * @param retCode the {@code ret_code} to answer with
 * @param errorCode the transaction {@code error_code}, when there is one
 * @param message a sentence for {@code ret_msg}
 * @param field the request field at fault, for {@value RetCode#INVALID_REQUEST}
 */
public record SimulatedRefusal(String retCode, Option<String> errorCode, String message, Option<String> field) {

  /** The transaction error code for "recurring agreement does not exist". */
  public static final String AGREEMENT_NOT_FOUND_ERROR = ErrorCode.AGREEMENT_NOT_FOUND;

  public SimulatedRefusal {
    requireNonNull(retCode, "retCode == null");
    requireNonNull(errorCode, "errorCode == null");
    requireNonNull(message, "message == null");
    requireNonNull(field, "field == null");
  }

  /** {@value RetCode#INVALID_REQUEST}: {@code field} is wrong, because {@code why}. */
  public static SimulatedRefusal invalidParameter(String field, String why) {
    return new SimulatedRefusal(RetCode.INVALID_REQUEST, Option.none(), field + " " + why, Option.some(field));
  }

  /** {@value RetCode#INVALID_STATE}: the operation is not allowed in the current state. */
  public static SimulatedRefusal invalidState(String message) {
    return new SimulatedRefusal(RetCode.INVALID_STATE, Option.none(), message, Option.none());
  }

  /** {@value RetCode#DATA_NOT_FOUND}: {@code what} does not exist. */
  public static SimulatedRefusal dataNotFound(String what) {
    return new SimulatedRefusal(RetCode.DATA_NOT_FOUND, Option.none(), what + " does not exist", Option.none());
  }

  /** {@value RetCode#ORDER_NOT_FOUND}: the order does not exist. */
  public static SimulatedRefusal orderNotFound(String reference) {
    return new SimulatedRefusal(RetCode.ORDER_NOT_FOUND, Option.none(), "order " + reference + " does not exist",
        Option.none());
  }

  /** {@value RetCode#SESSION_NOT_FOUND}: the checkout session does not exist. */
  public static SimulatedRefusal sessionNotFound(String reference) {
    return new SimulatedRefusal(RetCode.SESSION_NOT_FOUND, Option.none(), "session " + reference + " does not exist",
        Option.none());
  }

  /** {@value RetCode#INVALID_REQUEST} with error code {@value #AGREEMENT_NOT_FOUND_ERROR}. */
  public static SimulatedRefusal agreementNotFound(String reference) {
    return new SimulatedRefusal(RetCode.INVALID_REQUEST, Option.some(AGREEMENT_NOT_FOUND_ERROR),
        "recurring agreement " + reference + " does not exist", Option.some("recurring_agreement_id"));
  }

  /**
   * The code for a domain rejection: an amount that is not positive or in another currency is
   * {@value RetCode#INVALID_REQUEST} (naming {@code amount} / {@code currency}); anything else (wrong state, more than
   * available, a failed precondition) is {@value RetCode#INVALID_STATE}.
   */
  public static SimulatedRefusal of(Rejection rejection) {
    requireNonNull(rejection, "rejection == null");
    if (rejection instanceof Rejection.NotPositive) return invalidParameter("amount", "must be at least 1");
    if (rejection instanceof Rejection.CurrencyMismatch) {
      return new SimulatedRefusal(RetCode.INVALID_REQUEST, Option.none(), rejection.message(), Option.some("currency"));
    }
    return invalidState(rejection.message());
  }
}
