package io.github.paykka.wire.mapping;

import io.github.paykka.domain.id.CardToken;
import io.github.paykka.domain.id.RecurringAgreementId;
import io.github.paykka.domain.instrument.CardExpiry;
import io.github.paykka.domain.instrument.CardNumber;
import io.github.paykka.domain.instrument.Cvv;
import io.github.paykka.domain.instrument.PaymentInstrument;
import io.github.paykka.domain.instrument.PaymentMethod;
import io.github.paykka.domain.instrument.TokenAuthentication;
import io.github.paykka.domain.instrument.Wallet;
import io.github.paykka.domain.money.Currency;
import io.github.paykka.domain.money.Money;
import io.github.paykka.domain.order.CaptureMethod;
import io.github.paykka.domain.request.AmountBreakdown;
import io.github.paykka.domain.request.Authentication;
import io.github.paykka.domain.request.Bill;
import io.github.paykka.domain.request.Browser;
import io.github.paykka.domain.request.Customer;
import io.github.paykka.domain.request.Goods;
import io.github.paykka.domain.request.PaymentRequest;
import io.github.paykka.domain.request.PaymentType;
import io.github.paykka.domain.request.Contact;
import io.github.paykka.domain.token.TokenUsage;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import org.jspecify.annotations.Nullable;

/** Generators of valid domain values for the mapping laws; times to the second, as the wire carries them. */
final class DomainGen {
  private DomainGen() {}

  /** Text of 1 to {@code max} characters as the seeds count them: an emoji (two Java chars) counts once. */
  static Arbitrary<String> text(int max) {
    return Arbitraries.strings().withCharRange('a', 'z').withChars(' ', '-', '珠', 'é').ofMinLength(1).ofMaxLength(max)
        .filter(s -> !s.isBlank()).map(s -> s.replace("é", "\uD83D\uDE00"));
  }

  static Arbitrary<@Nullable String> opt(Arbitrary<String> a) {
    return a.injectNull(0.3);
  }

  static Arbitrary<String> id(int max) {
    return Arbitraries.strings().withCharRange('A', 'Z').numeric().ofMinLength(1).ofMaxLength(max);
  }

  static Arbitrary<Currency> currency() {
    return Arbitraries.of(List.copyOf(Currency.paykkaCurrencies()));
  }

  static Arbitrary<Money> money(Currency c) {
    return Arbitraries.longs().between(1, 10_000_000_000L).map(m -> Money.of(m, c));
  }

  static Arbitrary<OffsetDateTime> time() {
    return Combinators.combine(Arbitraries.longs().between(0, 4_000_000_000L),
        Arbitraries.integers().between(-18 * 4, 18 * 4))
        .as((s, q) -> OffsetDateTime.ofInstant(java.time.Instant.ofEpochSecond(s), ZoneOffset.ofTotalSeconds(q * 900)));
  }

  static Arbitrary<CardNumber> cardNumber() {
    return Arbitraries.strings().numeric().ofMinLength(12).ofMaxLength(19).map(CardNumber::of);
  }

  static Arbitrary<CardExpiry> expiry() {
    return Combinators.combine(Arbitraries.integers().between(1, 12), Arbitraries.integers().between(1000, 9999))
        .as(CardExpiry::of);
  }

  static Arbitrary<Cvv> cvv() {
    return Arbitraries.strings().numeric().ofMinLength(3).ofMaxLength(4).map(Cvv::of);
  }

  static Arbitrary<PaymentInstrument> instrument() {
    Arbitrary<PaymentInstrument> plain = Combinators.combine(cardNumber(), expiry(), cvv()).as(PaymentInstrument.PlainCard::new);
    Arbitrary<PaymentInstrument> encrypted = Combinators.combine(
        Arbitraries.strings().alpha().ofMinLength(4).ofMaxLength(80), Arbitraries.strings().alpha().ofMinLength(4).ofMaxLength(40),
        Arbitraries.strings().alpha().ofMinLength(2).ofMaxLength(20), Arbitraries.strings().alpha().ofMinLength(3).ofMaxLength(40))
        .as(PaymentInstrument.EncryptedCard::new);
    Arbitrary<PaymentInstrument> saved = id(64).map(t -> new PaymentInstrument.SavedCard(CardToken.of(t)));
    Arbitrary<PaymentInstrument> walletToken = Combinators.combine(Arbitraries.of(Wallet.class), text(200))
        .as(PaymentInstrument.WalletToken::new);
    Arbitrary<TokenAuthentication> auth = Combinators.combine(text(40), Arbitraries.of("CRYPTOGRAM_3DS", "cryptogram_3ds"),
        opt(Arbitraries.of("05", "07")), Arbitraries.of(true, false).injectNull(0.5), Arbitraries.of(true, false).injectNull(0.5))
        .as(TokenAuthentication::new);
    Arbitrary<PaymentInstrument> walletCard = Combinators.combine(Arbitraries.of(Wallet.class), cardNumber(), expiry(),
        cvv().injectNull(0.5), auth).as(PaymentInstrument.WalletCard::new);
    Arbitrary<PaymentInstrument> alternative = Arbitraries.of(PaymentMethod.class)
        .filter(m -> m != PaymentMethod.BANKCARD && !m.isCardWallet()).map(PaymentInstrument.AlternativeMethod::new);
    return Arbitraries.oneOf(plain, encrypted, saved, walletToken, walletCard, alternative);
  }

  static Arbitrary<Browser> browser() {
    return Combinators.combine(opt(text(60)), opt(Arbitraries.of("24", "32")), opt(Arbitraries.of("ko-KR", "en")),
        Arbitraries.of(true, false).injectNull(0.3), opt(Arbitraries.of("PC", "MOBILE")), opt(Arbitraries.of("WEB", "APP")),
        opt(Arbitraries.of("WINDOWS", "IOS")), opt(Arbitraries.of("-12:10", "+08:00")))
        .as((ua, cd, lang, java, dt, tt, os, tz) -> Browser.builder().userAgent(ua).colorDepth(cd).language(lang)
            .javaEnabled(java).deviceType(dt).terminalType(tt).deviceOs(os).timezoneOffset(tz).screenHeight("128")
            .screenWidth("255").cookies(ua).deviceFingerPrintId(lang).paykkaRadarId(dt).build());
  }

  static Arbitrary<Goods> goods() {
    return Combinators.combine(opt(id(100)), text(200), opt(text(500)), opt(text(64)), opt(text(64)),
        Arbitraries.longs().between(1, 1_000_000), Arbitraries.integers().between(1, 100), time().injectNull(0.3))
        .as((id, name, desc, cat, brand, price, qty, date) -> Goods.builder().id(id).name(name).description(desc)
            .category(cat).brand(brand).link("https://shop.example/p").price(price).quantity(qty).deliveryDate(date)
            .pictureUrl(date == null ? null : "https://shop.example/i.png").build());
  }

  static Arbitrary<Bill> bill() {
    return Combinators.combine(opt(text(20)), opt(text(20)), opt(Arbitraries.of("FR", "HK", "VU")), opt(text(40)))
        .as((f, l, c, a) -> Bill.builder().billingAddressCollection("REQUIRED").contact(Contact.builder().firstName(f)
            .middleName(l).lastName(l).addressLine1(a).addressLine2(f).country(c).state(f).city(l).postalCode("75001")
            .email("a@b.example").areaCode("+852").phoneNumber("98421617").build()).descriptor(f).build());
  }

  static Arbitrary<Contact> shipping() {
    return Combinators.combine(opt(text(20)), opt(text(20)), opt(Arbitraries.of("FR", "HK")), opt(text(40)))
        .as((f, l, c, a) -> Contact.builder().firstName(f).middleName(l).lastName(l).addressLine1(a).addressLine2(f)
            .country(c).state(f).city(l).postalCode("75001").email("a@b.example").areaCode("+33").phoneNumber("7568").build());
  }

  static Arbitrary<Customer> customer() {
    return Combinators.combine(opt(id(100)), time().injectNull(0.3), Arbitraries.integers().between(0, 1000).injectNull(0.3),
        time().injectNull(0.3), opt(Arbitraries.of("183.238.13.170", "::1")))
        .as((id, reg, past, shop, ip) -> Customer.builder().id(id).registrationTime(reg).pastTransactions(past)
            .areaCode("+852").phoneNumber("98421617").dateOfBirth("1990-01-01").gender("F").firstShoppingTime(shop)
            .lastShoppingTime(shop).level("GOLD").email("c@d.example").payIp(ip).orderIp(ip).build());
  }

  static Arbitrary<Authentication> authentication() {
    return Combinators.combine(opt(Arbitraries.of("AUTO", "CHALLENGE")), Arbitraries.of(true, false).injectNull(0.3),
        opt(Arbitraries.of("NONE", "LOW_VALUE"))).as((c, o, e) -> Authentication.builder().challengeIndicator(c)
        .authenticationOnly(o).exemption(e).build());
  }

  static Arbitrary<AmountBreakdown> amountBreakdown() {
    Arbitrary<@Nullable Long> a = Arbitraries.longs().between(0, 100_000).injectNull(0.3);
    return Combinators.combine(a, a, a, a).as((g, s, t, d) -> AmountBreakdown.builder().goodsAmount(g)
        .shippingAmount(s).taxAmount(t).discountAmount(d).build());
  }

  /** Valid payment requests of every form: purchase, first recurring, merchant-initiated recurring; every instrument. */
  static Arbitrary<PaymentRequest> paymentRequest() {
    Arbitrary<PaymentRequest.Builder> base = Combinators.combine(id(32), currency(), Arbitraries.of(CaptureMethod.class),
        goods().list().ofMinSize(1).ofMaxSize(3), bill().injectNull(0.3), shipping().injectNull(0.3),
        authentication().injectNull(0.3), amountBreakdown().injectNull(0.3))
        .flatAs((trans, currency, capture, goods, bill, shipping, auth, breakdown) -> money(currency).map(amount ->
            PaymentRequest.builder().transId(trans).amount(amount).captureMethod(capture)
                .notifyUrl("https://merchant.example/notify").goods(goods).bill(bill).shipping(shipping)
                .authentication(auth).amountBreakdown(breakdown)));
    return Combinators.combine(base, instrument(), Arbitraries.integers().between(0, 2), browser(), customer(),
        opt(id(64)), opt(text(100)), Arbitraries.of(TokenUsage.class))
        .as((b, instrument, kind, browser, customer, shopper, holder, usage) -> {
          b.holderName(holder).holderEmail(holder == null ? null : "h@e.example");
          switch (kind) {
            case 0 -> b.instrument(instrument).returnUrl("https://merchant.example/back").browser(browser)
                .customer(customer).shopperReference(instrument instanceof PaymentInstrument.SavedCard
                    ? (shopper == null ? "S1" : shopper) : shopper);
            // storing needs a bank card (PayKKa's code 2013)
            case 1 -> b.paymentType(PaymentType.RECURRING).mit(false)
                .instrument(instrument.paymentMethod() == PaymentMethod.BANKCARD ? instrument
                    : new PaymentInstrument.PlainCard(CardNumber.of("5555555555554444"), CardExpiry.of(8, 2029),
                        Cvv.of("579")))
                .storePaymentMethod(true).tokenUsage(usage).shopperReference(shopper == null ? "S2" : shopper)
                .returnUrl("https://merchant.example/back").browser(browser).customer(customer);
            // a subsequent payment may leave out the goods, as seed 001's example does
            default -> (holder == null ? b.goods(List.of()) : b).paymentType(PaymentType.RECURRING).mit(true)
                .instrument(new PaymentInstrument.SavedCard(CardToken.of("TK" + (shopper == null ? "1" : shopper.substring(0, Math.min(shopper.length(), 30))))))
                .shopperReference(shopper == null ? "S3" : shopper).recurringAgreementId(RecurringAgreementId.of("RA1"));
          }
          var v = b.validate();
          if (v.isInvalid()) throw new AssertionError("generator made an invalid request: " + v.getError());
          return v.get();
        });
  }
}
