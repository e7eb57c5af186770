package io.github.paykka.domain.instrument;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Law: a card number never prints more than BIN and last four, whatever its digits and length. */
class CardNumberProperties {

  @Provide
  Arbitrary<String> pans() {
    return Arbitraries.strings().withCharRange('0', '9').ofMinLength(12).ofMaxLength(19);
  }

  @Property(tries = 1000)
  void maskingShowsAtMostBinAndLastFour(@ForAll("pans") String digits) {
    CardNumber number = CardNumber.of(digits);
    int n = digits.length();
    int shownPrefix = n >= 16 ? 6 : 0;

    for (String shown : new String[] {number.toString(), number.masked()}) {
      assertThat(shown).isNotEqualTo(digits).hasSize(n);
      long visible = shown.chars().filter(Character::isDigit).count();
      assertThat(visible).isLessThanOrEqualTo(10).isLessThanOrEqualTo(shownPrefix + 4L);
      for (int i = 0; i < n; i++) {
        char c = shown.charAt(i);
        if (i < shownPrefix || i >= n - 4) {
          assertThat(c).as("position %d", i).isEqualTo(digits.charAt(i));
        } else {
          assertThat(Character.isDigit(c)).as("hidden position %d shows a digit", i).isFalse();
        }
      }
      String digitsShown = shown.replaceAll("[^0-9]", "");
      assertThat(digitsShown).isEqualTo(digits.substring(0, shownPrefix) + digits.substring(n - 4));
    }
    assertThat(number.bin()).hasSize(shownPrefix);
    assertThat(number.last4()).isEqualTo(digits.substring(n - 4));
    assertThat(number.digits()).isEqualTo(digits);
  }

  @Property(tries = 300)
  void instrumentsCarryingTheNumberDoNotPrintIt(@ForAll("pans") String digits) {
    CardNumber number = CardNumber.of(digits);
    PaymentInstrument.PlainCard card = new PaymentInstrument.PlainCard(number, CardExpiry.of(3, 2030), Cvv.of("737"));
    PaymentInstrument.WalletCard wallet = new PaymentInstrument.WalletCard(Wallet.GOOGLE_PAY, number,
        CardExpiry.of(12, 2031), Cvv.of("1234"), TokenAuthentication.of("AgAAAAAABk4DWZ4C28yUQAAAAAA=", "CRYPTOGRAM_3DS", "07"));
    for (String text : new String[] {card.toString(), wallet.toString()}) {
      assertThat(text).doesNotContain(digits).contains(number.masked()).doesNotContain("AgAAAAAABk4DWZ4C28yUQAAAAAA=");
      // The masked number may itself end in the CVV's digits; nothing else may show them.
      assertThat(text.replace(number.masked(), "")).doesNotContain("737").doesNotContain("1234");
    }
  }

  @Property(tries = 300)
  void malformedNumbersAreRefusedWithoutEchoingThem(@ForAll("wrong") String text) {
    assertThatThrownBy(() -> CardNumber.of(text))
        .isInstanceOf(IllegalArgumentException.class)
        .satisfies(e -> assertThat(e.getMessage()).doesNotContain(text));
  }

  @Provide
  Arbitrary<String> wrong() {
    Arbitrary<String> tooShort = Arbitraries.strings().withCharRange('0', '9').ofMinLength(4).ofMaxLength(11);
    Arbitrary<String> tooLong = Arbitraries.strings().withCharRange('0', '9').ofMinLength(20).ofMaxLength(30);
    Arbitrary<String> spaced = Arbitraries.strings().withCharRange('0', '9').ofMinLength(12).ofMaxLength(18)
        .map(s -> s.substring(0, 6) + " " + s.substring(6));
    return Arbitraries.oneOf(tooShort, tooLong, spaced);
  }
}
