package io.github.paykka.domain.request;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.paykka.domain.id.CardToken;
import io.github.paykka.domain.instrument.PaymentInstrument;
import io.github.paykka.domain.token.TokenUsage;
import io.github.paykka.domain.validation.FieldError;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The recurring rules and the other rules the property cannot combine freely. */
class PaymentRequestTest {

  private static List<String> fields(PaymentRequest.Builder builder) {
    var result = builder.validate();
    return result.isValid() ? List.of() : result.getError().map(FieldError::field).toJavaList();
  }

  @Test
  void goodsMustNotBeEmpty() {
    PaymentRequest.Builder builder = new ValidationProperties.Spec().builder().goods(List.of());
    assertThat(fields(builder)).containsExactly("goods");
  }

  @Test
  void everythingMissingIsReportedAtOnce() {
    assertThat(fields(PaymentRequest.builder())).contains("trans_id", "amount", "notify_url", "return_url",
        "browser", "payment.payment_method", "goods", "customer");
  }

  @Test
  void aFirstRecurringPaymentStoresTheMethodWithUsageAndShopper() {
    PaymentRequest.Builder builder = new ValidationProperties.Spec().builder().paymentType(PaymentType.RECURRING)
        .mit(false).shopperReference((String) null);
    assertThat(fields(builder)).containsExactlyInAnyOrder("payment.store_payment_method");

    builder.storePaymentMethod(true);
    assertThat(fields(builder)).containsExactlyInAnyOrder("payment.token_usage", "payment.shopper_reference");

    builder.tokenUsage(TokenUsage.SUBSCRIPTION).shopperReference("shopper-1");
    var request = builder.validate().get();
    assertThat(request.isFirstRecurring()).isTrue();
    assertThat(request.payment().tokenUsage().get()).isEqualTo(TokenUsage.SUBSCRIPTION);
  }

  @Test
  void aMerchantInitiatedPaymentUsesTheAgreementAndTheStoredToken() {
    PaymentRequest.Builder builder = new ValidationProperties.Spec().builder().paymentType(PaymentType.RECURRING)
        .mit(true).returnUrl(null).browser(null).customer(null);
    assertThat(fields(builder)).containsExactlyInAnyOrder("recurring_agreement_id", "payment.token");

    builder.recurringAgreementId("RA37285619238472")
        .instrument(new PaymentInstrument.SavedCard(CardToken.of("TK32896597324223532")));
    var request = builder.validate().get();
    assertThat(request.isMerchantInitiated()).isTrue();
    assertThat(request.recurringAgreementId().get().value()).isEqualTo("RA37285619238472");
  }

  @Test
  void aTokenPaymentNeedsTheShopper() {
    PaymentRequest.Builder builder = new ValidationProperties.Spec().builder()
        .instrument(new PaymentInstrument.SavedCard(CardToken.of("TK1"))).shopperReference((String) null);
    assertThat(fields(builder)).containsExactly("payment.shopper_reference");
  }

  @Test
  void encryptedCardAndWalletFormsAreChecked() {
    PaymentRequest.Builder builder = new ValidationProperties.Spec().builder()
        .instrument(new PaymentInstrument.EncryptedCard("abc", "1", "1", "12"));
    assertThat(fields(builder)).containsExactlyInAnyOrder("payment.encrypted_card_no", "payment.encrypted_exp_year",
        "payment.encrypted_exp_month", "payment.encrypted_cvv");

    builder.instrument(new PaymentInstrument.WalletToken(io.github.paykka.domain.instrument.Wallet.APPLE_PAY, " "));
    assertThat(fields(builder)).containsExactly("payment.token_data");
  }

  @Test
  void errorMessagesNeverEchoTheValue() {
    String secretish = "4111111111111111".repeat(3);
    PaymentRequest.Builder builder = new ValidationProperties.Spec().builder().transId(secretish)
        .holderName(secretish.repeat(3));
    var errors = builder.validate().getError();
    assertThat(errors).extracting(FieldError::field).containsExactlyInAnyOrder("trans_id", "payment.holder_name");
    assertThat(errors).allSatisfy(e -> assertThat(e.toString()).doesNotContain("4111111111111111"));
  }
}
