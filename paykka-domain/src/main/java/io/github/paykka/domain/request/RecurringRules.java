package io.github.paykka.domain.request;

import io.github.paykka.domain.instrument.PaymentInstrument;
import io.github.paykka.domain.instrument.PaymentMethod;
import io.github.paykka.domain.validation.FieldError;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * PayKKa's rules for stored payment methods and recurring payments, refused here before any I/O. Each is one of
 * PayKKa's transaction error codes (PAYKKA-FACTS.md), cited in the message:
 * <ul>
 *   <li>2010: {@code mit} is required in RECURRING payments;
 *   <li>2011: a subsequent RECURRING payment (one with a {@code recurring_agreement_id}) needs {@code mit} true;
 *   <li>2012: the first RECURRING payment (the one that stores the payment method) needs {@code mit} false;
 *   <li>2013: storing a payment method ({@code store_payment_method} true) requires {@code BANKCARD};
 *   <li>2014: the first RECURRING payment needs {@code store_payment_method} true.
 * </ul>
 */
final class RecurringRules {
  private RecurringRules() {}

  /**
   * Whether a request claims to be a subsequent RECURRING payment, which needs no shopper-present parts
   * ({@code return_url}, {@code browser}, {@code customer}, {@code goods}): {@code mit} true; without {@code mit}
   * (itself an error), a {@code recurring_agreement_id} says so.
   */
  static boolean subsequent(PaymentType type, @Nullable Boolean mit, @Nullable String agreement) {
    return type == PaymentType.RECURRING && (mit != null ? mit : agreement != null);
  }

  /** The rules of a payment request ({@code POST /payments}). */
  static void payment(List<FieldError> errors, PaymentType type, @Nullable Boolean mit, boolean store,
      @Nullable PaymentInstrument instrument, @Nullable String agreement) {
    stored(errors, store, instrument);
    if (type == PaymentType.PURCHASE) {
      if (Boolean.TRUE.equals(mit)) errors.add(new FieldError("mit", "is only for RECURRING payments"));
      Rules.mustBeAbsent(errors, "recurring_agreement_id", agreement, "for a PURCHASE");
    } else if (mit == null) {
      errors.add(new FieldError("mit",
          "is required in a RECURRING payment: false on the first, true on the subsequent ones (PayKKa 2010)"));
    } else if (mit && !(store && agreement == null)) {
      Rules.required(errors, "recurring_agreement_id", agreement);
      if (instrument != null && !(instrument instanceof PaymentInstrument.SavedCard)) {
        errors.add(new FieldError("payment.token", "is required: a merchant-initiated payment uses the stored token"));
      }
    } else if (mit) {
      errors.add(new FieldError("mit",
          "must be false on the first RECURRING payment, the one that stores the payment method (PayKKa 2012)"));
    } else if (agreement != null) {
      errors.add(new FieldError("mit",
          "must be true on a subsequent RECURRING payment, one with a recurring_agreement_id (PayKKa 2011)"));
    } else {
      firstStores(errors, store);
    }
  }

  /** The rules of a checkout session: a RECURRING session makes a first RECURRING payment, which must store. */
  static void session(List<FieldError> errors, PaymentType type, boolean store) {
    if (type == PaymentType.RECURRING) firstStores(errors, store);
  }

  private static void firstStores(List<FieldError> errors, boolean store) {
    if (!store) {
      errors.add(new FieldError("payment.store_payment_method",
          "must be true on the first RECURRING payment (PayKKa 2014)"));
    }
  }

  private static void stored(List<FieldError> errors, boolean store, @Nullable PaymentInstrument instrument) {
    if (store && instrument != null && instrument.paymentMethod() != PaymentMethod.BANKCARD) {
      errors.add(new FieldError("payment.payment_method",
          "must be BANKCARD to store the payment method (PayKKa 2013)"));
    }
  }
}
