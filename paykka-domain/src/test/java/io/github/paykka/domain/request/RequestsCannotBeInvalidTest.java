package io.github.paykka.domain.request;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.paykka.domain.id.TransId;
import io.github.paykka.domain.money.Currency;
import io.github.paykka.domain.money.Money;
import io.github.paykka.domain.validation.FieldError;
import io.github.paykka.domain.validation.InvalidValueException;
import io.vavr.control.Option;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Issue 11, item 2 (and issue 16, item 6): a request exists only after validation, {@code build()} throws one
 * exception listing every field error, and the domain refuses a value with exactly one exception type.
 */
class RequestsCannotBeInvalidTest {

  @Test
  void theConstructorsKeepTheRules() {
    PaymentRequest valid = new ValidationProperties.Spec().builder().build();
    assertThatThrownBy(() -> new PaymentRequest(valid.paymentType(), valid.captureMethod(), valid.transId(),
        valid.amount(), "ftp://a", Option.none(), valid.payment(), Option.none(), List.of(), valid.bill(),
        valid.shipping(), valid.customer(), valid.authentication(), valid.amountBreakdown(), Option.none(), true))
        .isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.errors()).extracting(FieldError::field)
            .containsExactly("notify_url", "return_url", "browser", "mit", "goods"));
    PaymentRequest copy = new PaymentRequest(valid.paymentType(), valid.captureMethod(), valid.transId(),
        valid.amount(), valid.notifyUrl(), valid.returnUrl(), valid.payment(), valid.browser(), valid.goods(),
        valid.bill(), valid.shipping(), valid.customer(), valid.authentication(), valid.amountBreakdown(),
        valid.recurringAgreementId(), valid.mit());
    assertThat(copy).isEqualTo(valid);

    CheckoutSessionRequest session = CheckoutSessionRequest.builder().transId("T1")
        .amount(Money.of(100, Currency.of("EUR"))).notifyUrl("https://m.example/n").returnUrl("https://m.example/r")
        .addGoods(Goods.of("n", "https://m.example/g", 100, 1)).build();
    assertThatThrownBy(() -> new CheckoutSessionRequest(session.paymentType(), session.captureMethod(),
        session.transId(), session.amount(), session.notifyUrl(), "not a url", session.expireTime(),
        session.sessionMode(), session.displayMerchantName(), session.displayLocale(), session.themeId(), List.of(),
        session.bill(), session.shipping(), session.customer(), session.storePaymentMethod(), session.tokenUsage(),
        session.shopperReference(), session.authentication(), session.allowedPaymentMethods(),
        session.blockedPaymentMethods()))
        .isInstanceOfSatisfying(InvalidValueException.class,
            e -> assertThat(e.errors()).extracting(FieldError::field).containsExactly("return_url", "goods"));
  }

  @Test
  void buildThrowsOneExceptionListingEveryFieldError() {
    PaymentRequest.Builder builder = PaymentRequest.builder().transId("x".repeat(33)).notifyUrl("ftp://a");
    List<FieldError> expected = builder.validate().getError().toJavaList();

    assertThatThrownBy(builder::build).isInstanceOfSatisfying(InvalidValueException.class, e -> {
      assertThat(e.errors()).containsExactlyElementsOf(expected);
      assertThat(e.errors()).extracting(FieldError::field)
          .contains("trans_id", "amount", "notify_url", "return_url", "browser", "customer", "goods");
      assertThat(e.getMessage()).startsWith(expected.size() + " errors: ").contains("notify_url: ");
    });
  }

  @Test
  void buildGivesWhatValidateGives() {
    PaymentRequest.Builder builder = new ValidationProperties.Spec().builder();
    assertThat(builder.build()).isEqualTo(builder.validate().get());
    assertThat(builder.build().hashCode()).isEqualTo(builder.validate().get().hashCode());
  }

  @Test
  void aCheckoutSessionRequestIsBuiltTheSameWay() {
    CheckoutSessionRequest.Builder builder = CheckoutSessionRequest.builder().transId("T1")
        .amount(Money.of(100, Currency.of("EUR"))).notifyUrl("https://m.example/n").returnUrl("not a url");
    assertThatThrownBy(builder::build).isInstanceOfSatisfying(InvalidValueException.class,
        e -> assertThat(e.errors()).extracting(FieldError::field).containsExactly("return_url", "goods"));
  }

  @Test
  void anApplePaySessionRequestCannotBeMadeInvalidThroughItsConstructor() {
    assertThatThrownBy(() -> new ApplePaySessionRequest("https://shop.example", Option.some("x".repeat(76))))
        .isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.errors())
            .extracting(FieldError::field).containsExactly("domain_name", "display_name"));
    assertThat(new ApplePaySessionRequest("shop.example", Option.none()).domainName()).isEqualTo("shop.example");
  }

  @Test
  void theDomainRefusesAValueWithItsOwnExceptionNamingTheField() {
    assertThatThrownBy(() -> TransId.of(" ")).isInstanceOfSatisfying(InvalidValueException.class,
        e -> assertThat(e.errors()).containsExactly(new FieldError("TransId", "must not be blank")));
    assertThatThrownBy(() -> Money.of(-1, Currency.of("EUR"))).isInstanceOf(InvalidValueException.class);
    assertThatThrownBy(() -> Currency.of("XYZ1")).isInstanceOf(InvalidValueException.class);
    // still an IllegalArgumentException, as the constructors' contracts say
    assertThatThrownBy(() -> TransId.of("")).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void partsNeverAnswerNull() {
    Contact empty = Contact.builder().build();
    assertThat(empty.country()).isEqualTo(Option.none());
    Bill bill = Bill.builder().build();
    assertThat(bill.contact()).isEqualTo(empty);
    assertThat(bill.descriptor()).isEqualTo(Option.none());
    assertThat(Customer.builder().build().registrationTime()).isEqualTo(Option.none());
    assertThat(Browser.builder().build().javaEnabled()).isEqualTo(Option.none());
    assertThat(Authentication.builder().build().exemption()).isEqualTo(Option.none());
    assertThat(AmountBreakdown.builder().build().taxAmount()).isEqualTo(Option.none());
    assertThat(Goods.of("n", "https://l", 1, 1).deliveryDate()).isEqualTo(Option.none());
  }

  @Test
  void aGoodsBuilderNamesTheMissingSetting() {
    assertThatThrownBy(() -> Goods.builder().name("n").build())
        .isInstanceOf(IllegalStateException.class).hasMessage("link is required");
  }

  @Test
  void theUrlRuleReadsRfc3986WithoutJavaNet() {
    for (String ok : List.of("https://your_url", "http://127.0.0.1:8080/n?a=b#c", "HTTPS://m.example",
        "https://user@m.example:443/p%20q", "http://[::1]:80/x", "https://m.example/é")) {
      assertThat(Rules.isAbsoluteHttpUrl(ok)).as(ok).isTrue();
    }
    for (String bad : List.of("ftp://m.example", "https://", "https:///path", "https://m.example:8o/",
        "https://m example", "https://m.example/%zz", "mailto:a@b", "https//m.example", "https://m.example/\n")) {
      assertThat(Rules.isAbsoluteHttpUrl(bad)).as(bad).isFalse();
    }
  }
}
