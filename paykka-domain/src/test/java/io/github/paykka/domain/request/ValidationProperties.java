package io.github.paykka.domain.request;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.paykka.domain.instrument.CardExpiry;
import io.github.paykka.domain.instrument.CardNumber;
import io.github.paykka.domain.instrument.Cvv;
import io.github.paykka.domain.instrument.PaymentInstrument;
import io.github.paykka.domain.money.Currency;
import io.github.paykka.domain.money.Money;
import io.github.paykka.domain.validation.FieldError;
import io.vavr.collection.Seq;
import io.vavr.control.Validation;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Law: validation reports every broken rule, each naming its field, not only the first. */
class ValidationProperties {

  /** Everything a request is made of, valid by default; each rule breaks exactly one field of it. */
  static final class Spec {
    String transId = "T20240101000001";
    long amount = 1000;
    Currency currency = Currency.USD;
    String notifyUrl = "https://merchant.example/notify";
    String returnUrl = "https://merchant.example/return";
    boolean withBrowser = true;
    String goodsName = "T-shirt";
    String goodsLink = "https://merchant.example/p/1";
    long goodsPrice = 1000;
    int goodsQuantity = 1;
    String customerEmail = "shopper@example.com";
    Integer pastTransactions = 3;
    String holderName = "Jane Doe";
    String shopperReference = "shopper-1";
    String recurringAgreementId = null;
    Boolean mit = null;
    String billCountry = "FR";
    String shippingCountry = "DE";
    Long taxAmount = 0L;

    PaymentRequest.Builder builder() {
      PaymentRequest.Builder b = PaymentRequest.builder()
          .transId(transId)
          .amount(Money.of(amount, currency))
          .notifyUrl(notifyUrl)
          .returnUrl(returnUrl)
          .instrument(new PaymentInstrument.PlainCard(CardNumber.of("4111111111111111"), CardExpiry.of(3, 2030),
              Cvv.of("737")))
          .holderName(holderName)
          .shopperReference(shopperReference)
          .browser(withBrowser ? Browser.builder().userAgent("Mozilla/5.0").language("en-US").build() : null)
          .addGoods(Goods.builder().name(goodsName).link(goodsLink).price(goodsPrice).quantity(goodsQuantity).build())
          .customer(Customer.builder().email(customerEmail).pastTransactions(pastTransactions).build())
          .bill(Bill.builder().contact(Contact.builder().country(billCountry).build()).build())
          .shipping(Contact.builder().country(shippingCountry).build())
          .amountBreakdown(AmountBreakdown.builder().taxAmount(taxAmount).build())
          .recurringAgreementId(recurringAgreementId);
      return mit == null ? b : b.mit(mit);
    }
  }

  /** One broken rule: the field it must be reported on, and how to break it. */
  record Broken(String field, Consumer<Spec> breakIt) {
    @Override
    public String toString() {
      return field;
    }
  }

  static final List<Broken> RULES = List.of(
      new Broken("trans_id", s -> s.transId = "T".repeat(33)),
      new Broken("amount", s -> s.amount = 0),
      new Broken("currency", s -> s.currency = Currency.of("CHF")),
      new Broken("notify_url", s -> s.notifyUrl = "/relative/notify"),
      new Broken("return_url", s -> s.returnUrl = "https://merchant.example/" + "r".repeat(200)),
      new Broken("browser", s -> s.withBrowser = false),
      new Broken("goods[0].name", s -> s.goodsName = "n".repeat(201)),
      new Broken("goods[0].link", s -> s.goodsLink = "https://merchant.example/" + "l".repeat(200)),
      new Broken("goods[0].price", s -> s.goodsPrice = 0),
      new Broken("goods[0].quantity", s -> s.goodsQuantity = 0),
      new Broken("customer.email", s -> s.customerEmail = "e".repeat(190) + "@example.com"),
      new Broken("customer.past_transactions", s -> s.pastTransactions = -1),
      new Broken("payment.holder_name", s -> s.holderName = "h".repeat(101)),
      new Broken("payment.shopper_reference", s -> s.shopperReference = "s".repeat(65)),
      new Broken("recurring_agreement_id", s -> s.recurringAgreementId = "RA37285619238472"),
      new Broken("mit", s -> s.mit = true),
      new Broken("bill.country", s -> s.billCountry = "fr"),
      new Broken("shipping.country", s -> s.shippingCountry = "Germany"),
      new Broken("amount_breakdown.tax_amount", s -> s.taxAmount = -5L));

  @Provide
  Arbitrary<List<Broken>> brokenRules() {
    return Arbitraries.of(RULES).set().ofMinSize(1).ofMaxSize(RULES.size()).map(ArrayList::new);
  }

  @Property(tries = 300)
  void everyBrokenRuleIsReportedAndNothingElse(@ForAll("brokenRules") List<Broken> broken) {
    Spec spec = new Spec();
    broken.forEach(rule -> rule.breakIt().accept(spec));

    Validation<Seq<FieldError>, PaymentRequest> result = spec.builder().validate();

    assertThat(result.isInvalid()).isTrue();
    List<String> reported = result.getError().map(FieldError::field).toJavaList();
    Set<String> expected = broken.stream().map(Broken::field).collect(Collectors.toSet());
    assertThat(reported).containsExactlyInAnyOrderElementsOf(expected);
    assertThat(result.getError()).allSatisfy(e -> assertThat(e.message()).isNotBlank()
        .doesNotContain("4111111111111111"));
  }

  @Example
  void eachRuleAloneIsReportedAlone() {
    for (Broken rule : RULES) {
      Spec spec = new Spec();
      rule.breakIt().accept(spec);
      Validation<Seq<FieldError>, PaymentRequest> result = spec.builder().validate();
      assertThat(result.isInvalid()).as(rule.field()).isTrue();
      assertThat(result.getError().map(FieldError::field)).as(rule.field()).containsExactly(rule.field());
    }
  }

  @Example
  void theValidRequestValidates() {
    Validation<Seq<FieldError>, PaymentRequest> result = new Spec().builder().validate();
    assertThat(result.isValid()).as(() -> result.isInvalid() ? result.getError().mkString("; ") : "").isTrue();
    PaymentRequest request = result.get();
    assertThat(request.amount()).isEqualTo(Money.of(1000, Currency.USD));
    assertThat(request.transId().value()).isEqualTo("T20240101000001");
    assertThat(request.goods()).hasSize(1);
    assertThat(request.isFirstRecurring()).isFalse();
    assertThat(request.isMerchantInitiated()).isFalse();
  }
}
