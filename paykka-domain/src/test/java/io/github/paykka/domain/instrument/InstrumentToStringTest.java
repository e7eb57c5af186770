package io.github.paykka.domain.instrument;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.paykka.domain.id.CardToken;
import java.util.List;
import org.junit.jupiter.api.Test;

/** No instrument prints a secret: PAN, CVV, encrypted fields, token_data, cryptogram. */
class InstrumentToStringTest {
  private static final String PAN = "4111111145551142";
  private static final String CVV = "737";
  private static final String ENCRYPTED_NO = "adyenjs_0_1_25$MhJZaXKlm6hRRNLw0ycTENCRYPTEDCARDNUMBER";
  private static final String ENCRYPTED_YEAR = "adyenjs_0_1_25$ENCRYPTEDYEAR";
  private static final String ENCRYPTED_MONTH = "adyenjs_0_1_25$ENCRYPTEDMONTH";
  private static final String ENCRYPTED_CVV = "adyenjs_0_1_25$ENCRYPTEDSECURITYCODE";
  private static final String TOKEN_DATA = "{\"signature\":\"MEQCIDOPAQUEWALLETSIGNATURE\",\"protocolVersion\":\"ECv2\"}";
  private static final String CRYPTOGRAM = "AgAAAAAABk4DWZ4C28yUQAAAAAA=";

  @Test
  void noInstrumentPrintsItsSecrets() {
    CardNumber number = CardNumber.of(PAN);
    List<PaymentInstrument> instruments = List.of(
        new PaymentInstrument.PlainCard(number, CardExpiry.of(3, 2030), Cvv.of(CVV)),
        new PaymentInstrument.EncryptedCard(ENCRYPTED_NO, ENCRYPTED_YEAR, ENCRYPTED_MONTH, ENCRYPTED_CVV),
        new PaymentInstrument.WalletToken(Wallet.APPLE_PAY, TOKEN_DATA),
        new PaymentInstrument.WalletCard(Wallet.APPLE_PAY, number, CardExpiry.of(3, 2030), Cvv.of(CVV),
            TokenAuthentication.of(CRYPTOGRAM, "CRYPTOGRAM_3DS", "05")),
        new PaymentInstrument.WalletCard(Wallet.GOOGLE_PAY, number, CardExpiry.of(3, 2030), null,
            new TokenAuthentication(CRYPTOGRAM, "CRYPTOGRAM_3DS", null, true, false)),
        new PaymentInstrument.SavedCard(CardToken.of("TK32896597324223532")),
        new PaymentInstrument.AlternativeMethod(PaymentMethod.IDEAL));
    for (PaymentInstrument instrument : instruments) {
      assertThat(instrument.toString())
          .as(instrument.getClass().getSimpleName())
          .doesNotContain(PAN)
          .doesNotContain(PAN.substring(6, 12))
          .doesNotContain(CVV)
          .doesNotContain("MhJZaXKlm6hRRNLw0ycT")
          .doesNotContain("ENCRYPTED")
          .doesNotContain("OPAQUEWALLETSIGNATURE")
          .doesNotContain(CRYPTOGRAM);
    }
  }

  @Test
  void cardNumberAndCvvPrintMasked() {
    assertThat(CardNumber.of(PAN)).hasToString("411111******1142");
    assertThat(CardNumber.of("371449635398431")).hasToString("***********8431");
    assertThat(Cvv.of("1234")).hasToString("***");
    assertThat(TokenAuthentication.of(CRYPTOGRAM, "CRYPTOGRAM_3DS", "05").toString())
        .contains("CRYPTOGRAM_3DS").doesNotContain(CRYPTOGRAM);
  }

  @Test
  void instrumentsSayHowTheyAreSent() {
    assertThat(new PaymentInstrument.WalletToken(Wallet.GOOGLE_PAY, TOKEN_DATA).paymentMethod())
        .isEqualTo(PaymentMethod.GOOGLE_PAY);
    assertThat(new PaymentInstrument.SavedCard(CardToken.of("TK1")).paymentMethod()).isEqualTo(PaymentMethod.BANKCARD);
    assertThat(new PaymentInstrument.AlternativeMethod(PaymentMethod.SEPA).paymentMethod()).isEqualTo(PaymentMethod.SEPA);
    assertThatThrownBy(() -> new PaymentInstrument.AlternativeMethod(PaymentMethod.BANKCARD))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new PaymentInstrument.AlternativeMethod(PaymentMethod.APPLE_PAY))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void cvvAndExpiryRules() {
    assertThatThrownBy(() -> Cvv.of("12")).isInstanceOf(IllegalArgumentException.class)
        .satisfies(e -> assertThat(e.getMessage()).doesNotContain("12"));
    assertThatThrownBy(() -> Cvv.of("12345")).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Cvv.of("12a")).isInstanceOf(IllegalArgumentException.class);
    assertThat(CardExpiry.of(3, 2030).monthText()).isEqualTo("03");
    assertThat(CardExpiry.of(12, 2030).yearText()).isEqualTo("2030");
    assertThatThrownBy(() -> CardExpiry.of(0, 2030)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> CardExpiry.of(13, 2030)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> CardExpiry.of(1, 30)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void luhnIsAHint() {
    assertThat(CardNumber.of("4111111111111111").passesLuhn()).isTrue();
    assertThat(CardNumber.of("4111111111111112").passesLuhn()).isFalse();
  }
}
