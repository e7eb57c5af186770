package io.github.paykka.wire.mapping;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.paykka.domain.id.CardToken;
import io.github.paykka.domain.id.MerchantId;
import io.github.paykka.domain.id.OrderId;
import io.github.paykka.domain.id.RecurringAgreementId;
import io.github.paykka.domain.id.RefundOrderId;
import io.github.paykka.domain.id.RefundTransId;
import io.github.paykka.domain.id.SessionId;
import io.github.paykka.domain.id.ShopperReference;
import io.github.paykka.domain.id.TransId;
import io.github.paykka.domain.instrument.PaymentMethod;
import io.github.paykka.domain.money.Currency;
import io.github.paykka.domain.money.Money;
import io.github.paykka.domain.order.ReasonCode;
import io.github.paykka.domain.token.StoredCardToken;
import io.github.paykka.domain.token.TokenStatus;
import io.github.paykka.domain.token.TokenUsage;
import io.github.paykka.ports.payment.CaptureCommand;
import io.github.paykka.ports.payment.PaymentLookup;
import io.github.paykka.ports.payment.VoidCommand;
import io.github.paykka.ports.refund.RefundCommand;
import io.github.paykka.ports.refund.RefundLookup;
import io.github.paykka.wire.WireCodec;
import io.github.paykka.wire.message.*;
import io.vavr.control.Option;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import org.junit.jupiter.api.Test;

class TokenMappingTest {
  private static final MerchantId M = MerchantId.of("18356675194960");
  private static final ShopperReference S = ShopperReference.of("f4911bc8b17106a08f2f7a89a9fc4d11");
  private final WireCodec codec = WireCodec.create();
  private final WireMapper mapper = WireMapper.create();
  private final SandboxMapper sandbox = SandboxMapper.create();

  private static byte[] seed(String file) throws IOException {
    try (InputStream in = TokenMappingTest.class.getResourceAsStream("/seeds/" + file)) {
      return in.readAllBytes();
    }
  }

  @Test
  void seedTokenListBecomesStoredTokens() throws IOException {
    List<QueryTokenRespDto> items = codec.decodeEnvelopeList(seed("000_token_query_response.json"),
        QueryTokenRespDto.class).get().data();
    List<StoredCardToken> tokens = mapper.storedTokens(items, S).get();
    assertThat(tokens).containsExactly(
        new StoredCardToken(CardToken.of("TK206139xxx264751"), S, PaymentMethod.BANKCARD, TokenUsage.SUBSCRIPTION,
            TokenStatus.ACTIVATE),
        new StoredCardToken(CardToken.of("TK206139xxx264752"), S, PaymentMethod.BANKCARD, TokenUsage.CARD_ON_FILE,
            TokenStatus.ACTIVATE));
  }

  /**
   * Review of issue 10 (the kind of items 2 and 6, in the token list): an unknown {@code payment_method},
   * {@code token_usage} or {@code status} failed the whole list. Only {@code token} is required; unknown values keep
   * PayKKa's text, absent ones are absent, and a token whose status is not known is never usable.
   */
  @Test
  void aTokenListWithUnknownOrMissingValuesMapsEveryTokenKeepingTheText() {
    QueryTokenRespDto known = new QueryTokenRespDto("TK1", "BankCard", "card_on_file", "INACTIVE");
    QueryTokenRespDto unknown = new QueryTokenRespDto("TK2", "PAYPAL", "INSTALMENT", "SUSPENDED");
    QueryTokenRespDto bare = new QueryTokenRespDto("TK3", null, " ", null);

    List<StoredCardToken> tokens = mapper.storedTokens(List.of(known, unknown, bare), S).get();

    assertThat(tokens.get(0)).isEqualTo(
        new StoredCardToken(CardToken.of("TK1"), S, PaymentMethod.BANKCARD, TokenUsage.CARD_ON_FILE,
            TokenStatus.INACTIVE));
    StoredCardToken u = tokens.get(1);
    assertThat(u.token()).isEqualTo(CardToken.of("TK2"));
    assertThat(u.paymentMethod()).contains(io.github.paykka.domain.instrument.ReportedPaymentMethod.unknown("PAYPAL"));
    assertThat(u.usage()).isEmpty();
    assertThat(u.unrecognisedUsage()).contains("INSTALMENT");
    assertThat(u.status()).isEmpty();
    assertThat(u.unrecognisedStatus()).contains("SUSPENDED");
    assertThat(u.isUsable()).isFalse();
    assertThat(u.statusText()).isEqualTo("SUSPENDED");
    assertThat(u.remove().getLeft()).isInstanceOf(io.github.paykka.domain.Rejection.NotAllowedInState.class);
    StoredCardToken b = tokens.get(2);
    assertThat(b.paymentMethod()).isEmpty();
    assertThat(List.of(b.usage(), b.status(), b.unrecognisedUsage(), b.unrecognisedStatus())).allMatch(Option::isEmpty);
    assertThat(b.statusText()).isEqualTo("unknown");
  }

  @Test
  void onlyTheTokenIsRequiredAndItsAbsenceNamesTheItem() {
    QueryTokenRespDto ok = new QueryTokenRespDto("TK1", "BANKCARD", "CARD_ON_FILE", "ACTIVATE");
    assertThat(mapper.storedToken(new QueryTokenRespDto(null, "BANKCARD", "CARD_ON_FILE", "ACTIVATE"), S).getLeft())
        .isEqualTo(new MappingError.Missing("$.token"));
    assertThat(mapper.storedTokens(List.of(ok, new QueryTokenRespDto(null, null, null, null)), S).getLeft())
        .isEqualTo(new MappingError.Missing("$[1].token"));
    java.util.List<QueryTokenRespDto> withNull = new java.util.ArrayList<>();
    withNull.add(ok);
    withNull.add(null);
    assertThat(mapper.storedTokens(withNull, S).getLeft()).isEqualTo(new MappingError.Missing("$[1]"));
  }

  @Test
  void tokenAndRecurringRequestsMatchTheSeedsAndReadBack() throws IOException {
    QueryTokenReqDto q = mapper.tokenQuery(M, 1L, S);
    assertThat(sandbox.tokenQueryShopper(q).get()).isEqualTo(S);
    TokenRemoveReqDto seedRemove = codec.decode(seed("000_token_remove_request.json"), TokenRemoveReqDto.class).get();
    TokenReference ref = sandbox.tokenRemoval(seedRemove).get();
    assertThat(mapper.tokenRemove(M, seedRemove.timestamp(), ref.token(), ref.shopper()))
        .usingRecursiveComparison().isEqualTo(seedRemove);
    RecurringCancelReqDto seedCancel =
        codec.decode(seed("000_recurring_cancel_request.json"), RecurringCancelReqDto.class).get();
    AgreementReference a = sandbox.recurringCancellation(seedCancel).get();
    assertThat(mapper.recurringCancel(M, seedCancel.timestamp(), a.agreement(), a.shopper())).isEqualTo(seedCancel);
    assertThat(sandbox.recurringCancellation(new RecurringCancelReqDto("1", 1L, "RA1", null)).getLeft())
        .isEqualTo(new MappingError.Missing("$.shopper_reference"));
    assertThat(sandbox.tokenRemoval(new TokenRemoveReqDto("1", 1L, "T".repeat(65), "S")).getLeft().field())
        .isEqualTo("$.token");
    assertThat(sandbox.merchantId(null).getLeft()).isEqualTo(new MappingError.Missing("$.merchant_id"));
  }

  @Test
  void receivedCommandsAndLookupsRoundTrip() throws IOException {
    CaptureCommand capture = CaptureCommand.of(OrderId.of("GW1"), Money.of(300, Currency.USD), false);
    assertThat(sandbox.captureCommand(mapper.capture(M, 1L, capture)).get()).isEqualTo(capture);
    PaymentsCaptureReqDto seedCapture = codec.decode(seed("000_capture_request.json"), PaymentsCaptureReqDto.class).get();
    assertThat(mapper.capture(M, seedCapture.timestamp(), sandbox.captureCommand(seedCapture).get())).isEqualTo(seedCapture);
    assertThat(sandbox.captureCommand(new PaymentsCaptureReqDto("1", "GW1", "USD", 1L, 1L, null)).get().isFinal()).isTrue();
    // issue 10 #20: the sandbox reads a capture without amount as "the rest"
    CaptureCommand rest = CaptureCommand.rest(OrderId.of("GW1"));
    assertThat(sandbox.captureCommand(mapper.capture(M, 1L, rest)).get()).isEqualTo(rest);
    assertThat(sandbox.captureCommand(new PaymentsCaptureReqDto("1", "GW1", "USD", null, 1L, false)).get()).isEqualTo(rest);
    assertThat(sandbox.captureCommand(new PaymentsCaptureReqDto("1", "GW1", "XYZ", null, 1L, null)).getLeft().field())
        .isEqualTo("$.currency");
    assertThat(sandbox.captureCommand(new PaymentsCaptureReqDto("1", "GW1", null, 5L, 1L, null)).getLeft())
        .isEqualTo(new MappingError.Missing("$.currency"));
    VoidCommand v = VoidCommand.of(OrderId.of("GW1"), ReasonCode.FRAUDULENT);
    assertThat(sandbox.voidCommand(mapper.voidPayment(M, 1L, v)).get()).isEqualTo(v);
    for (PaymentLookup l : List.of(PaymentLookup.byOrderId(OrderId.of("GW1")), PaymentLookup.byTransId(TransId.of("t1")),
        PaymentLookup.bySessionId(SessionId.of("CS1")))) {
      assertThat(sandbox.paymentLookup(mapper.query(M, 1L, l)).get()).isEqualTo(l);
    }
    assertThat(sandbox.paymentLookup(new PaymentsQueryReqDto("1", null, null, null, 1L)).getLeft().field())
        .isEqualTo("$.trans_id");
    RefundCommand r = new RefundCommand(RefundTransId.of("R1"), OrderId.of("GW1"), Money.of(5, Currency.JPY),
        ReasonCode.DUPLICATE, Option.some("https://m.example/n"));
    assertThat(sandbox.refundCommand(mapper.refund(M, 1L, r)).get()).isEqualTo(r);
    assertThat(sandbox.refundCommand(new RefundReqDto("1", 1L, "R1", "GW1", null, 0L, "USD", null)).getLeft().field())
        .isEqualTo("$.refund_amount");
    for (RefundLookup l : List.of(RefundLookup.byRefundOrderId(RefundOrderId.of("RG1")),
        RefundLookup.byRefundTransId(RefundTransId.of("R1")))) {
      assertThat(sandbox.refundLookup(mapper.refundQuery(M, 1L, l)).get()).isEqualTo(l);
    }
    assertThat(new String(codec.encode(mapper.tokenRemove(M, 2L, CardToken.of("TK1"), S)), UTF_8))
        .isEqualTo("{\"merchant_id\":\"18356675194960\",\"timestamp\":2,\"token\":\"TK1\",\"shopper_reference\":\""
            + S.value() + "\"}");
    assertThat(RecurringAgreementId.of("RA1")).isNotNull();
  }
}
