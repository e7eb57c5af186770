package io.github.paykka.domain.request;

import io.github.paykka.domain.instrument.PaymentInstrument;
import io.github.paykka.domain.validation.FieldError;
import java.util.List;

/** The seeds' rules for each form of {@code payment}. */
final class InstrumentRules {
  private InstrumentRules() {}

  static void check(List<FieldError> errors, PaymentInstrument instrument) {
    if (instrument instanceof PaymentInstrument.EncryptedCard card) {
      Rules.lengthBetween(errors, "payment.encrypted_card_no", card.encryptedCardNo(), 4, 800);
      Rules.lengthBetween(errors, "payment.encrypted_exp_year", card.encryptedExpYear(), 4, 400);
      Rules.lengthBetween(errors, "payment.encrypted_exp_month", card.encryptedExpMonth(), 2, 200);
      Rules.lengthBetween(errors, "payment.encrypted_cvv", card.encryptedCvv(), 3, 400);
    } else if (instrument instanceof PaymentInstrument.WalletToken wallet) {
      Rules.required(errors, "payment.token_data", wallet.tokenData());
    } else if (instrument instanceof PaymentInstrument.WalletCard wallet) {
      Rules.required(errors, "payment.token_authentication.cryptogram", wallet.authentication().cryptogram());
      Rules.required(errors, "payment.token_authentication.token_format", wallet.authentication().tokenFormat());
    }
  }
}
