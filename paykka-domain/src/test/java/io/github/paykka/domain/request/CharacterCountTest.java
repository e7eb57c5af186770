package io.github.paykka.domain.request;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.paykka.domain.money.Currency;
import io.github.paykka.domain.money.Money;
import io.github.paykka.domain.validation.FieldError;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Issue 10 #25: lengths are counted in characters as the seeds count them (Unicode code points), and URLs such as
 * seed 000's own {@code https://your_url} are accepted.
 */
class CharacterCountTest {
  /** One character, two Java chars. */
  private static final String EMOJI = "\uD83D\uDE00";

  private static List<FieldError> errors(PaymentRequest.Builder builder) {
    var result = builder.validate();
    return result.isValid() ? List.of() : result.getError().toJavaList();
  }

  @Test
  void aHolderNameOfOneHundredEmojiIsValidAndOfOneHundredAndOneIsNot() {
    assertThat(errors(new ValidationProperties.Spec().builder().holderName(EMOJI.repeat(100)))).isEmpty();
    assertThat(errors(new ValidationProperties.Spec().builder().holderName(EMOJI.repeat(101)))).singleElement()
        .satisfies(e -> {
          assertThat(e.field()).isEqualTo("payment.holder_name");
          assertThat(e.message()).contains("has 101");
        });
  }

  @Test
  void everyLengthRuleCountsCodePoints() {
    String goodsName = EMOJI.repeat(200);
    Customer customer = Customer.builder().id(EMOJI.repeat(100)).areaCode(EMOJI.repeat(10))
        .phoneNumber(EMOJI.repeat(30)).dateOfBirth(EMOJI.repeat(10)).gender(EMOJI.repeat(10)).level(EMOJI.repeat(10))
        .email(EMOJI.repeat(200)).payIp(EMOJI.repeat(64)).orderIp(EMOJI.repeat(64)).build();
    Goods goods = Goods.builder().id(EMOJI.repeat(100)).name(goodsName).description(EMOJI.repeat(500))
        .category(EMOJI.repeat(64)).brand(EMOJI.repeat(64)).link("https://m.example/" + EMOJI.repeat(182))
        .price(1000L).quantity(1).pictureUrl("https://m.example/" + EMOJI.repeat(182)).build();
    PaymentRequest.Builder b = new ValidationProperties.Spec().builder().customer(customer).goods(List.of(goods))
        .notifyUrl("https://m.example/" + EMOJI.repeat(182)).returnUrl("https://m.example/" + EMOJI.repeat(182));
    assertThat(errors(b)).isEmpty();

    var apple = ApplePaySessionRequest.of("www.mydomain.com", EMOJI.repeat(75));
    assertThat(apple.isValid()).isTrue();
    assertThat(ApplePaySessionRequest.of("www.mydomain.com", EMOJI.repeat(76)).getError().head().message())
        .contains("has 76");
  }

  @Test
  void seed000sOwnExampleUrlIsAccepted() {
    // the seed's initiate example sends "notify_url": "https://your_url", "return_url": "https://your_url"
    assertThat(errors(new ValidationProperties.Spec().builder().notifyUrl("https://your_url")
        .returnUrl("https://your_url"))).isEmpty();
    var session = CheckoutSessionRequest.builder().transId("t1").amount(Money.of(1250, Currency.CNY))
        .notifyUrl("https://your_url").returnUrl("http://your_url:8080/back?x=1")
        .addGoods(Goods.of("g", "https://www.apple.com", 1250, 1)).validate();
    assertThat(session.isValid()).isTrue();
  }

  @ParameterizedTest
  @ValueSource(strings = {"/relative", "your_url", "ftp://your_url", "https://", "https:///path", "https://@:443/x",
      "mailto:a@b.example", "https://a b.example/"})
  void urlsWithoutSchemeOrHostAreStillRefused(String url) {
    assertThat(errors(new ValidationProperties.Spec().builder().notifyUrl(url)))
        .extracting(FieldError::field).containsExactly("notify_url");
  }
}
