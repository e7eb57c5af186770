package io.github.paykka.wire.mapping;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.paykka.domain.id.MerchantId;
import io.github.paykka.domain.instrument.CardExpiry;
import io.github.paykka.domain.instrument.CardNumber;
import io.github.paykka.domain.instrument.Cvv;
import io.github.paykka.domain.instrument.PaymentInstrument;
import io.github.paykka.domain.instrument.Wallet;
import io.github.paykka.domain.money.Currency;
import io.github.paykka.domain.money.Money;
import io.github.paykka.domain.request.Goods;
import io.github.paykka.domain.request.PaymentRequest;
import io.github.paykka.wire.WireCodec;
import io.github.paykka.wire.message.PaymentsReqDto;
import java.io.IOException;
import java.io.InputStream;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

class InitiateMappingTest {
  private static final MerchantId M = MerchantId.of("18356675194960");
  private final WireCodec codec = WireCodec.create();
  private final WireMapper mapper = WireMapper.create();
  private final SandboxMapper sandbox = SandboxMapper.create();

  private byte[] seed(String file) throws IOException {
    try (InputStream in = getClass().getResourceAsStream("/seeds/" + file)) {
      // as published: its https://your_url is accepted (issue 10 #25)
      return in.readAllBytes();
    }
  }

  @Provide
  Arbitrary<PaymentRequest> requests() {
    return DomainGen.paymentRequest();
  }

  @Property(tries = 500)
  void domainToWireToDomainIsTheIdentity(@ForAll("requests") PaymentRequest request) {
    PaymentsReqDto dto = mapper.initiate(M, 1746515589126L, request);
    assertThat(sandbox.paymentRequest(dto).get()).isEqualTo(request);
    // and through the JSON bytes, as the sandbox receives it
    PaymentsReqDto received = codec.decode(codec.encode(dto), PaymentsReqDto.class).get();
    assertThat(sandbox.paymentRequest(received).get()).isEqualTo(request);
  }

  @Test
  void seedInitiateRequestReadsAndWritesBackTheSameFields() throws IOException {
    PaymentsReqDto seed = codec.decode(seed("000_initiate_request.json"), PaymentsReqDto.class).get();
    PaymentRequest request = sandbox.paymentRequest(seed).get();
    assertThat(request.payment().instrument()).isEqualTo(new PaymentInstrument.PlainCard(
        CardNumber.of("4242424242424242"), CardExpiry.of(3, 2029), Cvv.of("123")));
    assertThat(request.amount()).isEqualTo(Money.of(100, Currency.EUR));
    assertThat(request.goods().get(0).deliveryDate())
        .contains(OffsetDateTime.of(2024, 12, 26, 3, 22, 9, 0, ZoneOffset.ofHours(8)));
    PaymentsReqDto back = mapper.initiate(M, 1746515589126L, request);
    // the one difference: times are written in the +0800 form
    Goods g = request.goods().get(0);
    assertThat(back.goods().get(0).deliveryDate()).isEqualTo("2024-12-26T03:22:09+0800");
    assertThat(back).usingRecursiveComparison().ignoringFields("goods").isEqualTo(seed);
    assertThat(back.goods().get(0)).usingRecursiveComparison().ignoringFields("deliveryDate").isEqualTo(seed.goods().get(0));
    assertThat(g.name()).isEqualTo("珠宝");
  }

  @Test
  void seedInitiateRequestIsAcceptedWithItsOwnUrls() throws IOException {
    // issue 10 #25: https://your_url has no java.net.URI host (underscore); the domain refused it before
    PaymentRequest request = sandbox.paymentRequest(
        codec.decode(seed("000_initiate_request.json"), PaymentsReqDto.class).get()).get();
    assertThat(request.notifyUrl()).isEqualTo("https://your_url");
    assertThat(request.returnUrl().get()).isEqualTo("https://your_url");
  }

  @Test
  void writesTheExamplesMethodSpellingAndFinalAuth() {
    PaymentRequest r = PaymentRequest.builder().transId("t1").amount(Money.of(300, Currency.USD))
        .notifyUrl("https://m.example/n").returnUrl("https://m.example/r")
        .instrument(new PaymentInstrument.WalletToken(Wallet.APPLE_PAY, "{\"data\":\"x\"}"))
        .browser(io.github.paykka.domain.request.Browser.builder().build())
        .customer(io.github.paykka.domain.request.Customer.builder().payIp("1.2.3.4").build())
        .addGoods(Goods.of("g", "https://m.example/g", 300, 1)).validate().get();
    String json = new String(codec.encode(mapper.initiate(M, 1L, r)), UTF_8);
    assertThat(json).contains("\"payment_method\":\"APPLE_PAY\"", "\"authorisation_type\":\"FINAL_AUTH\"",
        "\"capture_method\":\"AUTOMATIC\"", "\"payment_type\":\"PURCHASE\"", "\"amount\":300",
        "\"token_data\":\"{\\\"data\\\":\\\"x\\\"}\"").doesNotContain("\"mit\"", "store_payment_method");
    assertThat(mapper.initiate(M, 1L, r).payment().paymentMethod()).isEqualTo("APPLE_PAY");
    // issue 10 #19: the methods no example shows are sent in seed 000's enum spelling, not an invented upper-snake
    for (var m : java.util.List.of(io.github.paykka.domain.instrument.PaymentMethod.IDEAL,
        io.github.paykka.domain.instrument.PaymentMethod.WECHAT_PAY_GLOBAL,
        io.github.paykka.domain.instrument.PaymentMethod.ALIPAY_PLUS,
        io.github.paykka.domain.instrument.PaymentMethod.EFTPOS)) {
      PaymentRequest alt = PaymentRequest.builder().transId("t1").amount(Money.of(300, Currency.USD))
          .notifyUrl("https://m.example/n").returnUrl("https://m.example/r")
          .instrument(new PaymentInstrument.AlternativeMethod(m))
          .browser(io.github.paykka.domain.request.Browser.builder().build())
          .customer(io.github.paykka.domain.request.Customer.builder().build())
          .addGoods(Goods.of("g", "https://m.example/g", 300, 1)).validate().get();
      String written = new String(codec.encode(mapper.initiate(M, 1L, alt)), UTF_8);
      assertThat(written).contains("\"payment_method\":\"" + Spellings.enumSpelling(m) + "\"")
          .doesNotContain("WECHAT_PAY_GLOBAL", "\"IDEAL\"", "ALIPAY_PLUS", "\"EFTPOS\"");
    }
  }

  @Test
  void brokenRulesBecomeOneInvalidNamingEveryField() throws IOException {
    // the guide's subsequent recurring example omits notify_url, which seed 000 requires; goods it may omit
    PaymentsReqDto d = codec.decode(seed("001_subsequent_recurring_request.json"), PaymentsReqDto.class).get();
    MappingError e = sandbox.paymentRequest(d).getLeft();
    assertThat(e).isInstanceOf(MappingError.Invalid.class);
    assertThat(((MappingError.Invalid) e).errors().map(f -> f.field())).containsExactly("notify_url");
    assertThat(e.describe()).contains("$.notify_url");
    PaymentsReqDto bad = codec.decode(json("001_first_recurring_request.json").replace("\"mit\": false, ", "")
        .replace("\"store_payment_method\": true", "\"store_payment_method\": false").getBytes(UTF_8),
        PaymentsReqDto.class).get();
    assertThat(((MappingError.Invalid) sandbox.paymentRequest(bad).getLeft()).errors().map(f -> f.field()))
        .containsExactlyInAnyOrder("notify_url", "mit", "browser", "customer", "goods");
  }

  /** Issue 10 #18: seed 001's subsequent recurring example (with the notify_url seed 000 requires) is valid as it is. */
  @Test
  void seed001sSubsequentRecurringPaymentIsValidAndWrittenWithoutTheShopperPresentParts() throws IOException {
    String seed = json("001_subsequent_recurring_request.json")
        .replace("\"return_url\"", "\"notify_url\": \"https://your_url\", \"return_url\"");
    PaymentsReqDto d = codec.decode(seed.getBytes(UTF_8), PaymentsReqDto.class).get();
    PaymentRequest request = sandbox.paymentRequest(d).get();
    assertThat(request.isMerchantInitiated()).isTrue();
    assertThat(request.goods()).isEmpty();
    PaymentsReqDto back = mapper.initiate(M, 1746515589126L, request);
    assertThat(back).usingRecursiveComparison().ignoringFields("timestamp").isEqualTo(d);
    String written = new String(codec.encode(back), UTF_8);
    assertThat(written).contains("\"mit\":true").doesNotContain("\"goods\"", "\"browser\"", "\"customer\"");
  }

  /** Issue 10 #17: the first recurring payment sends mit false (seed 001), subsequent ones true, a PURCHASE none. */
  @Test
  void recurringPaymentsAlwaysSendMit() throws IOException {
    PaymentsReqDto first = codec.decode(json("001_first_recurring_request.json")
        .replace("\"return_url\"", "\"notify_url\": \"https://url\", \"return_url\"")
        .replace("\"payment\":", "\"browser\": {}, \"customer\": {}, \"goods\": [{\"name\": \"g\", "
            + "\"link\": \"https://url\", \"price\": 800, \"quantity\": 1}], \"payment\":")
        .getBytes(UTF_8), PaymentsReqDto.class).get();
    PaymentRequest request = sandbox.paymentRequest(first).get();
    assertThat(request.isFirstRecurring()).isTrue();
    assertThat(new String(codec.encode(mapper.initiate(M, 1L, request)), UTF_8)).contains("\"mit\":false");
    assertThat(mapper.initiate(M, 1L, request).mit()).isFalse();
    PaymentRequest purchase = sandbox.paymentRequest(codec.decode(seed("000_initiate_request.json"),
        PaymentsReqDto.class).get()).get();
    assertThat(mapper.initiate(M, 1L, purchase).mit()).isNull();
  }

  private String json(String file) throws IOException {
    return new String(seed(file), UTF_8);
  }

  @Test
  void wireValuesTheDomainCannotHoldNameTheField() throws IOException {
    String seed = new String(seed("000_initiate_request.json"), UTF_8);
    assertThat(field(seed.replace("\"4242424242424242\"", "\"4242x\""))).isEqualTo("$.payment.card_no");
    assertThat(field(seed.replace("\"03\"", "\"3\""))).isEqualTo("$.payment.exp_month");
    assertThat(field(seed.replace("\"03\"", "\"13\""))).isEqualTo("$.payment.exp_month");
    assertThat(field(seed.replace("\"cvv\": \"123\",", ""))).isEqualTo("$.payment.cvv");
    assertThat(field(seed.replace("\"BANKCARD\"", "\"KRYPTO\""))).isEqualTo("$.payment.payment_method");
    assertThat(field(seed.replace("\"PURCHASE\"", "\"LAYAWAY\""))).isEqualTo("$.payment_type");
    assertThat(field(seed.replace("\"FINAL_AUTH\"", "\"PRE_AUTH\""))).isEqualTo("$.authorisation_type");
    assertThat(field(seed.replace("\"EUR\"", "\"XYZ\""))).isEqualTo("$.currency");
    assertThat(field(seed.replace("\"amount\": 100", "\"amount\": -1"))).isEqualTo("$.amount");
    assertThat(field(seed.replace("\"amount\": 100", "\"amount\": 0"))).isEqualTo("$.amount");
    assertThat(field(seed.replace("\"price\": 170000,", ""))).isEqualTo("$.goods[0].price");
    assertThat(field(seed.replace("2024-12-26T03:22:09+08:00", "tomorrow"))).isEqualTo("$.goods[0].delivery_date");
    assertThat(field(seed.replace("\"card_no\"", "\"token\": \"TK1\", \"card_no\""))).isEqualTo("$.payment");
    assertThat(field(seed.replace("\"country\": \"FR\"", "\"country\": \"France\""))).isEqualTo("$.shipping.country");
  }

  private String field(String json) {
    return sandbox.paymentRequest(codec.decode(json.getBytes(UTF_8), PaymentsReqDto.class).get()).getLeft().field();
  }
}
