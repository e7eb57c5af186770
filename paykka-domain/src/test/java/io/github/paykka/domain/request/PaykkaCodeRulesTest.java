package io.github.paykka.domain.request;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.paykka.domain.id.CardToken;
import io.github.paykka.domain.instrument.PaymentInstrument;
import io.github.paykka.domain.instrument.PaymentMethod;
import io.github.paykka.domain.instrument.Wallet;
import io.github.paykka.domain.money.Currency;
import io.github.paykka.domain.money.Money;
import io.github.paykka.domain.token.TokenUsage;
import io.github.paykka.domain.validation.FieldError;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Issue 10 #17, #18 and #24: the requests PayKKa's transaction error codes 2010 to 2014 refuse are refused before any
 * I/O, each naming its field; and a subsequent recurring payment as seed 001 shows it is valid.
 */
class PaykkaCodeRulesTest {

  private static List<FieldError> errors(PaymentRequest.Builder builder) {
    var result = builder.validate();
    return result.isValid() ? List.of() : result.getError().toJavaList();
  }

  private static List<String> fields(PaymentRequest.Builder builder) {
    return errors(builder).stream().map(FieldError::field).toList();
  }

  /** Seed 001's first recurring example, with the notify_url seed 000 requires; mit not yet said. */
  private static PaymentRequest.Builder firstRecurringWithoutMit() {
    return new ValidationProperties.Spec().builder().paymentType(PaymentType.RECURRING).storePaymentMethod(true)
        .tokenUsage(TokenUsage.SUBSCRIPTION).shopperReference("854f5baaf0a735139c583c4cea14d14c");
  }

  /**
   * Seed 001's subsequent recurring example as it is (no goods, customer, browser), with the notify_url seed 000
   * requires, and without return_url, which seed 000 requires only for non-subsequent payments.
   */
  private static PaymentRequest.Builder seed001Subsequent() {
    return PaymentRequest.builder().paymentType(PaymentType.RECURRING).transId("m3246749195217")
        .amount(Money.of(800, Currency.HKD)).notifyUrl("https://merchant.example/notify").mit(true)
        .recurringAgreementId("RA4264524535435435")
        .instrument(new PaymentInstrument.SavedCard(CardToken.of("TK20231435132143229")))
        .shopperReference("558b5cb1b8cbcc8496062155c69cf2ab");
  }

  @Test
  void aSubsequentRecurringPaymentNeedsNoGoodsCustomerBrowserNorReturnUrl() {
    // #18: refused before for want of goods
    var result = seed001Subsequent().validate();
    assertThat(result.isValid()).as(() -> result.isInvalid() ? result.getError().mkString("; ") : "").isTrue();
    PaymentRequest request = result.get();
    assertThat(request.isMerchantInitiated()).isTrue();
    assertThat(request.goods()).isEmpty();
    assertThat(request.customer().isEmpty() && request.browser().isEmpty() && request.returnUrl().isEmpty()).isTrue();
  }

  @Test
  void aFirstRecurringPaymentSaysMitFalse() {
    // #17: the first payment carries mit false (seed 001), and is the first
    PaymentRequest request = firstRecurringWithoutMit().mit(false).validate().get();
    assertThat(request.isFirstRecurring()).isTrue();
    assertThat(request.mit()).isFalse();
  }

  @Test
  void code2010MitIsRequiredInRecurringPayments() {
    assertThat(errors(firstRecurringWithoutMit())).singleElement().satisfies(e -> {
      assertThat(e.field()).isEqualTo("mit");
      assertThat(e.message()).contains("2010");
    });
    PaymentRequest.Builder subsequent = seed001Subsequent();
    // a fresh builder without mit: the agreement says it is a subsequent payment, so only mit is reported
    PaymentRequest.Builder withoutMit = PaymentRequest.builder().paymentType(PaymentType.RECURRING)
        .transId("m3246749195217").amount(Money.of(800, Currency.HKD)).notifyUrl("https://merchant.example/notify")
        .recurringAgreementId("RA4264524535435435")
        .instrument(new PaymentInstrument.SavedCard(CardToken.of("TK20231435132143229")))
        .shopperReference("558b5cb1b8cbcc8496062155c69cf2ab");
    assertThat(fields(withoutMit)).containsExactly("mit");
    assertThat(fields(subsequent)).isEmpty();
    // a PURCHASE needs no mit
    assertThat(fields(new ValidationProperties.Spec().builder())).isEmpty();
  }

  @Test
  void code2011ASubsequentRecurringPaymentNeedsMitTrue() {
    assertThat(errors(seed001Subsequent().mit(false).returnUrl("https://url")
        .browser(Browser.builder().build()).customer(Customer.builder().build())
        .addGoods(Goods.of("g", "https://merchant.example/g", 800, 1))))
        .singleElement().satisfies(e -> {
          assertThat(e.field()).isEqualTo("mit");
          assertThat(e.message()).contains("2011");
        });
  }

  @Test
  void code2012AFirstRecurringPaymentNeedsMitFalse() {
    assertThat(errors(firstRecurringWithoutMit().mit(true))).singleElement().satisfies(e -> {
      assertThat(e.field()).isEqualTo("mit");
      assertThat(e.message()).contains("2012");
    });
  }

  @Test
  void code2013StoringAPaymentMethodRequiresABankCard() {
    PaymentRequest.Builder applePay = new ValidationProperties.Spec().builder().storePaymentMethod(true)
        .tokenUsage(TokenUsage.CARD_ON_FILE)
        .instrument(new PaymentInstrument.WalletToken(Wallet.APPLE_PAY, "{\"data\":\"x\"}"));
    assertThat(errors(applePay)).singleElement().satisfies(e -> {
      assertThat(e.field()).isEqualTo("payment.payment_method");
      assertThat(e.message()).contains("2013");
    });
    PaymentRequest.Builder sepaFirstRecurring = firstRecurringWithoutMit().mit(false)
        .instrument(new PaymentInstrument.AlternativeMethod(PaymentMethod.SEPA));
    assertThat(fields(sepaFirstRecurring)).containsExactly("payment.payment_method");
    // not storing, Apple Pay is fine
    assertThat(fields(applePay.storePaymentMethod(false))).isEmpty();
  }

  @Test
  void code2014AFirstRecurringPaymentStoresThePaymentMethod() {
    assertThat(errors(firstRecurringWithoutMit().mit(false).storePaymentMethod(false))).singleElement()
        .satisfies(e -> {
          assertThat(e.field()).isEqualTo("payment.store_payment_method");
          assertThat(e.message()).contains("2014");
        });
  }

  @Test
  void code2014ARecurringCheckoutSessionStoresThePaymentMethod() {
    CheckoutSessionRequest.Builder session = CheckoutSessionRequest.builder().paymentType(PaymentType.RECURRING)
        .transId("t202311081113").amount(Money.of(1250, Currency.CNY)).notifyUrl("https://merchant.example/n")
        .returnUrl("https://merchant.example/r").addGoods(Goods.of("g", "https://merchant.example/g", 1250, 1));
    var refused = session.validate();
    assertThat(refused.getError().map(FieldError::field)).containsExactly("payment.store_payment_method");
    assertThat(refused.getError().head().message()).contains("2014");
    assertThat(session.storePaymentMethod(true).tokenUsage(TokenUsage.SUBSCRIPTION).shopperReference("s1").validate()
        .isValid()).isTrue();
  }

  @Test
  void everyRuleIsReportedWithTheOthers() {
    // the builder still reports all at once: 2013 with a broken length and a broken amount
    PaymentRequest.Builder b = firstRecurringWithoutMit().mit(false).amount(Money.of(0, Currency.USD))
        .holderName("h".repeat(101)).instrument(new PaymentInstrument.AlternativeMethod(PaymentMethod.IDEAL));
    assertThat(fields(b)).containsExactlyInAnyOrder("amount", "payment.holder_name", "payment.payment_method");
  }
}
