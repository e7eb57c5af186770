package io.github.paykka.wire.mapping;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.IntNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.TextNode;
import io.github.paykka.domain.checkout.CheckoutSession;
import io.github.paykka.domain.checkout.SessionMode;
import io.github.paykka.domain.checkout.SessionStatus;
import io.github.paykka.domain.id.MerchantId;
import io.github.paykka.domain.id.SessionId;
import io.github.paykka.domain.id.TransId;
import io.github.paykka.domain.instrument.PaymentMethod;
import io.github.paykka.domain.money.Currency;
import io.github.paykka.domain.money.Money;
import io.github.paykka.domain.order.CaptureMethod;
import io.github.paykka.domain.request.ApplePaySessionRequest;
import io.github.paykka.domain.request.CheckoutSessionRequest;
import io.github.paykka.domain.request.PaymentType;
import io.github.paykka.domain.token.TokenUsage;
import io.github.paykka.ports.applepay.ApplePayMerchantSession;
import io.github.paykka.ports.checkout.SessionLookup;
import io.github.paykka.wire.WireCodec;
import io.github.paykka.wire.message.ApplePaySessionRespDto;
import io.github.paykka.wire.message.SessionApplePayReqDto;
import io.github.paykka.wire.message.SessionCreateReqDto;
import io.github.paykka.wire.message.SessionQueryRespDto;
import io.github.paykka.wire.message.SessionRespDto;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

class CheckoutMappingTest {
  private static final MerchantId M = MerchantId.of("18000000000000");
  private final WireCodec codec = WireCodec.create();
  private final WireMapper mapper = WireMapper.create();
  private final SandboxMapper sandbox = SandboxMapper.create();

  private static byte[] seed(String file) throws IOException {
    try (InputStream in = CheckoutMappingTest.class.getResourceAsStream("/seeds/" + file)) {
      return in.readAllBytes();
    }
  }

  @Provide
  Arbitrary<CheckoutSessionRequest> sessionRequests() {
    Arbitrary<Set<PaymentMethod>> methods = Arbitraries.of(PaymentMethod.class).set().ofMaxSize(4)
        .map(s -> s.isEmpty() ? Set.of() : EnumSet.copyOf(s));
    return Combinators.combine(DomainGen.id(32), DomainGen.currency(), Arbitraries.of(CaptureMethod.class),
        Arbitraries.of(SessionMode.class), DomainGen.time().injectNull(0.3), DomainGen.goods().list().ofMinSize(1).ofMaxSize(2),
        DomainGen.customer().injectNull(0.3), DomainGen.bill().injectNull(0.3))
        .flatAs((trans, currency, capture, mode, expire, goods, customer, bill) -> Combinators.combine(
            DomainGen.money(currency), methods, methods, Arbitraries.integers().between(0, 2),
            DomainGen.opt(DomainGen.id(64)), DomainGen.authentication().injectNull(0.3),
            DomainGen.shipping().injectNull(0.3), DomainGen.opt(DomainGen.text(30)))
            .as((amount, allowed, blocked, store, shopper, auth, shipping, name) -> {
              CheckoutSessionRequest.Builder b = CheckoutSessionRequest.builder().transId(trans).amount(amount)
                  .captureMethod(capture).sessionMode(mode).expireTime(expire).notifyUrl("https://m.example/n")
                  .returnUrl("https://m.example/r").customer(customer).bill(bill).shipping(shipping)
                  .authentication(auth).allowedPaymentMethods(allowed)
                  .blockedPaymentMethods(blocked.stream().filter(m -> !allowed.contains(m)).collect(java.util.stream.Collectors.toSet()))
                  .displayMerchantName(name).displayLocale(name == null ? null : "zh-CN").themeId(name)
                  .paymentType(store == 2 ? PaymentType.RECURRING : PaymentType.PURCHASE);
              goods.forEach(b::addGoods);
              if (store > 0) b.storePaymentMethod(store == 2).tokenUsage(TokenUsage.SUBSCRIPTION)
                  .shopperReference(shopper == null ? "S1" : shopper);
              var v = b.validate();
              if (v.isInvalid()) throw new AssertionError("invalid generated session request: " + v.getError());
              return v.get();
            }));
  }

  @Property(tries = 300)
  void sessionRequestRoundTrips(@ForAll("sessionRequests") CheckoutSessionRequest request) {
    SessionCreateReqDto dto = mapper.checkoutSession(M, 1700805506000L, request);
    SessionCreateReqDto received = codec.decode(codec.encode(dto), SessionCreateReqDto.class).get();
    assertThat(sandbox.checkoutSessionRequest(received).get()).isEqualTo(request);
  }

  @Test
  void seedSessionRequestReadsAndWritesBack() throws IOException {
    SessionCreateReqDto asPublished = codec.decode(seed("003_session_create_request.json"), SessionCreateReqDto.class).get();
    // as published, the seed both allows and blocks BankCard, which the domain refuses, naming the field
    assertThat(sandbox.checkoutSessionRequest(asPublished).getLeft().field()).isEqualTo("$.blocked_payment_methods");
    String json0 = new String(seed("003_session_create_request.json"), UTF_8)
        .replaceAll("\"blocked_payment_methods\": \\[\\s*\"BankCard\"\\s*\\]", "\"blocked_payment_methods\": []");
    SessionCreateReqDto seed = codec.decode(json0.getBytes(UTF_8), SessionCreateReqDto.class).get();
    CheckoutSessionRequest r = sandbox.checkoutSessionRequest(seed).get();
    assertThat(r.allowedPaymentMethods()).containsExactly(PaymentMethod.BANKCARD);
    assertThat(r.tokenUsage().get()).isEqualTo(TokenUsage.CARD_ON_FILE);
    SessionCreateReqDto back = mapper.checkoutSession(M, seed.timestamp(), r);
    // store_payment_method false is omitted on the way out: absent reads as false
    // and an empty method list is omitted
    assertThat(back).usingRecursiveComparison().ignoringFields("payment.storePaymentMethod", "blockedPaymentMethods")
        .isEqualTo(seed);
    assertThat(seed.blockedPaymentMethods()).isEmpty();
    assertThat(back.blockedPaymentMethods()).isNull();
    String json = new String(codec.encode(back), UTF_8);
    // issue 10 #19: as seed 003 spells it
    assertThat(json).contains("\"allowed_payment_methods\":[\"BankCard\"]", "\"expire_time\":\"2023-11-24T11:34:37+0800\"");
  }

  @Test
  void seedSessionResponseIsAnOpenSession() throws IOException {
    SessionRespDto d = codec.decodeEnvelope(
        ("{\"ret_code\":\"000000\",\"ret_msg\":\"Success\",\"data\":" + new String(seed("003_session_create_response.json"), UTF_8) + "}")
            .getBytes(UTF_8), SessionRespDto.class).get().data();
    CheckoutSession s = mapper.checkoutSession(d).get();
    assertThat(s.status()).isEqualTo(SessionStatus.OPEN);
    assertThat(s.sessionId()).isEqualTo(SessionId.of("CS200395192979024625"));
    assertThat(s.amount()).isEqualTo(Money.of(1250, Currency.CNY));
    assertThat(s.expiresAt().get()).isEqualTo(Instant.parse("2023-11-24T03:34:37Z"));
    assertThat(s.mode()).contains(SessionMode.HOSTED);
    assertThat(s.unrecognisedStatus()).isEmpty();
  }

  @Test
  void sessionStatusTable() {
    assertThat(status("PROCESSING").get().status()).isEqualTo(SessionStatus.OPEN);
    assertThat(status("SUCCESS").get().status()).isEqualTo(SessionStatus.COMPLETED);
    assertThat(status("completed").get().status()).isEqualTo(SessionStatus.COMPLETED);
    assertThat(status("EXPIRED").get().status()).isEqualTo(SessionStatus.EXPIRED);
    assertThat(status("CLOSED").get().status()).isEqualTo(SessionStatus.EXPIRED);
    // item 3: a status no document names reads as OPEN, with PayKKa's text kept, never COMPLETED
    assertThat(status("WARPING").get().status()).isEqualTo(SessionStatus.OPEN);
    assertThat(status("WARPING").get().unrecognisedStatus()).contains("WARPING");
    assertThat(status(null).getLeft()).isEqualTo(new MappingError.Missing("$.status"));
  }

  private io.vavr.control.Either<MappingError, CheckoutSession> status(String status) {
    return mapper.checkoutSession(new SessionQueryRespDto(null, null, "1", "t1", "CS1",
        "DROP_IN", status, 5L, "USD", null, null, null, null, "GW1"));
  }

  @Test
  void sessionLookupsRoundTrip() {
    for (SessionLookup l : java.util.List.of(SessionLookup.bySessionId(SessionId.of("CS1")),
        SessionLookup.byTransId(TransId.of("t1")))) {
      assertThat(sandbox.sessionLookup(mapper.sessionQuery(M, 1L, l)).get()).isEqualTo(l);
    }
  }

  @Test
  void applePaySessionBothWays() throws IOException {
    SessionApplePayReqDto seed = codec.decode(seed("000_apple_pay_session_request.json"), SessionApplePayReqDto.class).get();
    ApplePaySessionRequest r = sandbox.applePaySessionRequest(seed).get();
    assertThat(r.domainName()).isEqualTo("www.mydomain.com");
    assertThat(mapper.applePaySession(MerchantId.of("18356675194960"), seed.timestamp(), r)).isEqualTo(seed);
    assertThat(sandbox.applePaySessionRequest(new SessionApplePayReqDto("1", 1L, null, "https://x.example")).getLeft()
        .field()).isEqualTo("$.domain_name");
    assertThat(sandbox.applePaySessionRequest(new SessionApplePayReqDto("1", 1L, null, null)).getLeft())
        .isEqualTo(new MappingError.Missing("$.domain_name"));

    ApplePayMerchantSession session = new ApplePayMerchantSession("{\"epochTimestamp\":1,\"merchantSessionIdentifier\":\"S\"}");
    ApplePaySessionRespDto data = sandbox.applePaySessionResponse(session);
    assertThat(data.merchantSession().isObject()).isTrue();
    ApplePaySessionRespDto received = codec.decode(codec.encode(data), ApplePaySessionRespDto.class).get();
    assertThat(mapper.applePayMerchantSession(received).get()).isEqualTo(session);
    assertThat(mapper.applePayMerchantSession(new ApplePaySessionRespDto(TextNode.valueOf("{\"a\":1}"))).get().json())
        .isEqualTo("{\"a\":1}");
    assertThat(mapper.applePayMerchantSession(new ApplePaySessionRespDto(IntNode.valueOf(3))).getLeft().field())
        .isEqualTo("$.data");
    assertThat(mapper.applePayMerchantSession(new ApplePaySessionRespDto(NullNode.getInstance())).getLeft())
        .isEqualTo(new MappingError.Missing("$.data"));
    assertThat(JsonNodeFactory.instance).isNotNull();
    assertThat(URI.create("x")).isNotNull();
  }
}
