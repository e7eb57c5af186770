package io.github.paykka.wire.mapping;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.paykka.domain.authentication.AuthenticationResult;
import io.github.paykka.domain.checkout.CheckoutSession;
import io.github.paykka.domain.checkout.SessionStatus;
import io.github.paykka.domain.id.OrderId;
import io.github.paykka.domain.id.RefundOrderId;
import io.github.paykka.domain.instrument.PaymentMethod;
import io.github.paykka.domain.instrument.ReportedPaymentMethod;
import io.github.paykka.domain.money.Currency;
import io.github.paykka.domain.money.Money;
import io.github.paykka.domain.notification.PaymentNotification;
import io.github.paykka.domain.order.OrderStatus;
import io.github.paykka.domain.order.PaymentOrder;
import io.github.paykka.domain.order.ReasonCode;
import io.github.paykka.domain.refund.Refund;
import io.github.paykka.domain.refund.RefundStatus;
import io.github.paykka.ports.payment.PaymentResult;
import io.github.paykka.wire.WireCodec;
import io.github.paykka.wire.message.PaymentsNotifyReqDto;
import io.github.paykka.wire.message.PaymentsQueryRespDto;
import io.github.paykka.wire.message.PaymentsRespDto;
import io.github.paykka.wire.message.RefundNotifyReqDto;
import io.github.paykka.wire.message.RefundRespDto;
import io.github.paykka.wire.message.SessionQueryRespDto;
import io.github.paykka.wire.message.SessionRespDto;
import io.vavr.control.Either;
import java.net.URI;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Issue 10's failing inputs for reading PayKKa's answers and notification bodies, one test per numbered item (the
 * codec's items 15, 16 and 23 are in {@code WireCodecTest}, item 26 in {@code PemKeysTest}); each failed on the code
 * as it was before the tolerant reader.
 */
class TolerantReadingTest {
  private final WireCodec codec = WireCodec.create();
  private final WireMapper mapper = WireMapper.create();
  private final SandboxMapper sandbox = SandboxMapper.create();

  /** Seed 000's initiate answer with {@code change} applied to its {@code data}. */
  private byte[] initiateAnswer(java.util.function.Consumer<ObjectNode> change) {
    ObjectNode env = (ObjectNode) TolerantReaderProperties.read("000_initiate_response.json");
    change.accept((ObjectNode) env.get("data"));
    return codec.encode(env);
  }

  private Either<MappingError, PaymentResult> query(byte[] answer) {
    return mapper.paymentResult(codec.decodeEnvelope(answer, PaymentsQueryRespDto.class).get().data());
  }

  private Either<MappingError, PaymentResult> initiate(byte[] answer) {
    return mapper.paymentResult(codec.decodeEnvelope(answer, PaymentsRespDto.class).get().data());
  }

  /** Item 1: a query answer with a one-digit fraction in {@code pay_finish_time} is SUCCESS (was "not mappable"). */
  @Test
  void item1_aFractionOfASecondInPayFinishTimeReadsAndTheAnswerIsSuccess() {
    byte[] answer = initiateAnswer(d -> d.put("status", "SUCCESS").put("pay_finish_time", "2023-11-24T11:34:37.5+08:00"));

    PaymentResult r = query(answer).get();

    assertThat(r.order().status()).isEqualTo(OrderStatus.SUCCESS);
    assertThat(r.payFinishTime()).contains(OffsetDateTime.of(2023, 11, 24, 11, 34, 37, 500_000_000,
        ZoneOffset.ofHours(8)));
  }

  @ParameterizedTest
  @CsvSource({
      "2023-11-24T11:34:37+0800, 0",
      "2023-11-24T11:34:37+08:00, 0",
      "2023-11-24T03:34:37Z, 0",
      "2023-11-24T11:34:37+08, 0",
      "2023-11-24T11:34:37.5+08:00, 500000000",
      "2023-11-24T11:34:37.12+0800, 120000000",
      "2023-11-24T03:34:37.1234Z, 123400000",
      "2023-11-24T11:34:37.123456789+08:00, 123456789",
      "2023-11-24t03:34:37.000001z, 1000",
      "2023-11-24T11:34+08:00, 0"})
  void item1_everyIso8601OffsetFormWithZeroToNineFractionDigitsReads(String time, int nanos) {
    PaymentResult r = query(initiateAnswer(d -> d.put("status", "SUCCESS").put("expire_time", time))).get();
    OffsetDateTime t = r.expireTime().get();
    assertThat(t.toInstant().getEpochSecond() / 60).isEqualTo(OffsetDateTime.parse("2023-11-24T03:34:00Z")
        .toInstant().getEpochSecond() / 60);
    assertThat(t.getNano()).isEqualTo(nanos);
  }

  @ParameterizedTest
  @ValueSource(strings = {"yesterday", "2023-11-24", "2023-11-24T11:34:37", "2023-13-45T99:99:99+08:00",
      "2023-11-24T11:34:37.1234567890+08:00", "1700805506000", ""})
  void item1_anUnparseableTimeIsAbsentAndTheAnswerStillMaps(String time) {
    PaymentResult r = query(initiateAnswer(d -> d.put("status", "SUCCESS").put("pay_finish_time", time)
        .put("expire_time", time))).get();
    assertThat(r.order().status()).isEqualTo(OrderStatus.SUCCESS);
    assertThat(r.payFinishTime()).isEmpty();
    assertThat(r.expireTime()).isEmpty();
  }

  /** Item 2: an unknown payment method, to initiate and to query, is SUCCESS with the method kept as PAYPAL. */
  @Test
  void item2_anUnknownPaymentMethodIsKeptAsItsTextAndTheAnswerIsSuccess() {
    byte[] answer = initiateAnswer(d -> {
      d.put("status", "SUCCESS");
      d.putObject("payment").put("payment_method", "PAYPAL");
    });

    for (PaymentResult r : java.util.List.of(initiate(answer).get(), query(answer).get())) {
      assertThat(r.order().status()).isEqualTo(OrderStatus.SUCCESS);
      assertThat(r.paymentMethod()).contains(ReportedPaymentMethod.unknown("PAYPAL"));
      assertThat(r.paymentMethod().get().known()).isEmpty();
    }
    // every spelling of a known one is known
    assertThat(initiate(initiateAnswer(d -> d.putObject("payment").put("payment_method", "ApplePay"))).get()
        .paymentMethod()).contains(ReportedPaymentMethod.of(PaymentMethod.APPLE_PAY));
  }

  @Test
  void item2_otherEnumLikeFieldsOfUnknownValueOrWrongTypeNeverFailTheAnswer() {
    byte[] answer = initiateAnswer(d -> {
      d.put("status", "SUCCESS");
      d.put("capture_method", "LATER");
      d.put("authorisation_type", "PRE_AUTH_2030");
      d.putObject("card_info").put("bin", "4242x").put("last4", 4242).putArray("card_brand").add(1);
      d.put("balances", "none");
      d.put("token", "T".repeat(200));
      d.putArray("shopper_reference");
    });
    PaymentResult r = query(answer).get();
    assertThat(r.order().status()).isEqualTo(OrderStatus.SUCCESS);
    assertThat(r.card().get().last4()).isEqualTo("4242");
    assertThat(r.card().get().bin()).isEmpty();
    assertThat(r.token()).isEmpty();
    assertThat(r.shopperReference()).isEmpty();
    // no balances: the least a SUCCESS implies, so the order can still be refunded
    assertThat(r.order().ableToRefund()).isEqualTo(Money.of(100, Currency.EUR));
  }

  /** Item 2 (status): an unknown status is neither a success nor a decline: UnknownStatus with its printable text. */
  @Test
  void item2_anUnknownStatusIsSurfacedReducedToPrintableText() {
    assertThat(query(initiateAnswer(d -> d.put("status", "PENDING_REVIEW"))).getLeft())
        .isEqualTo(new MappingError.UnknownStatus("$.status", "PENDING_REVIEW"));
    assertThat(query(initiateAnswer(d -> d.put("status", "X\u0000\n\u00e9" + "Y".repeat(100)))).getLeft())
        .isEqualTo(new MappingError.UnknownStatus("$.status", "X???" + "Y".repeat(60)));
    assertThat(query(initiateAnswer(d -> d.remove("status"))).getLeft()).isEqualTo(new MappingError.Missing("$.status"));
  }

  /** Item 3: a checkout session answer with status PAYING: create and query succeed, never COMPLETED, text kept. */
  @Test
  void item3_anUndocumentedSessionStatusIsOpenWithItsTextNeverCompleted() {
    ObjectNode env = com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.objectNode();
    env.put("ret_code", "000000").put("ret_msg", "Success")
        .set("data", TolerantReaderProperties.read("003_session_create_response.json"));
    ((ObjectNode) env.get("data")).put("status", "PAYING");
    byte[] answer = codec.encode(env);

    CheckoutSession created = mapper.checkoutSession(codec.decodeEnvelope(answer, SessionRespDto.class).get().data()).get();
    CheckoutSession queried =
        mapper.checkoutSession(codec.decodeEnvelope(answer, SessionQueryRespDto.class).get().data()).get();

    for (CheckoutSession s : java.util.List.of(created, queried)) {
      assertThat(s.status()).isEqualTo(SessionStatus.OPEN).isNotEqualTo(SessionStatus.COMPLETED);
      assertThat(s.unrecognisedStatus()).contains("PAYING");
      assertThat(s.sessionId().value()).isEqualTo("CS200395192979024625");
    }
    // a session whose status PayKKa words unknown does not expire by our clock either
    assertThat(created.asOf(java.time.Instant.parse("2099-01-01T00:00:00Z")).status()).isEqualTo(SessionStatus.OPEN);
    // and the sandbox writes it back as it came
    assertThat(sandbox.sessionResponse(io.github.paykka.domain.id.MerchantId.of("1"), created).status()).isEqualTo("PAYING");
  }

  /** Item 4: refund answers in PayKKa's published schema (amount, no refund_amount, no ori_order_id) map. */
  @Test
  void item4_aRefundAnswerInThePublishedSchemaMaps() {
    String published = "{\"ret_code\":\"000000\",\"ret_msg\":\"Success\",\"data\":{\"error_code\":null,"
        + "\"error_description\":null,\"merchant_id\":\"18356675194960\",\"refund_trans_id\":\"R1\","
        + "\"refund_order_id\":\"RG1\",\"status\":\"PROCESSING\",\"amount\":500,\"currency\":\"USD\"}}";

    Refund r = mapper.refund(codec.decodeEnvelope(published.getBytes(UTF_8), RefundRespDto.class).get().data()).get();

    assertThat(r.amount()).isEqualTo(Money.of(500, Currency.USD));
    assertThat(r.status()).isEqualTo(RefundStatus.PROCESSING);
    assertThat(r.refundOrderId()).contains(RefundOrderId.of("RG1"));
    assertThat(r.originalOrderId()).isEmpty();
    assertThat(r.reason()).isEqualTo(ReasonCode.OTHER);
  }

  @Test
  void item4_eitherAmountFieldAndEitherOriginalOrderFieldIsRead() {
    assertThat(refund("\"refund_amount\":500,\"ori_order_id\":\"GW1\"").get().originalOrderId())
        .contains(OrderId.of("GW1"));
    assertThat(refund("\"refund_amount\":500,\"ori_order_id\":\"GW1\"").get().amount())
        .isEqualTo(Money.of(500, Currency.USD));
    assertThat(refund("\"amount\":500,\"order_id\":\"GW2\"").get().originalOrderId()).contains(OrderId.of("GW2"));
    assertThat(refund("\"amount\":500,\"refund_amount\":500").get().amount()).isEqualTo(Money.of(500, Currency.USD));
    // money is strict: two different amounts, or none, is no refund
    assertThat(refund("\"amount\":500,\"refund_amount\":400").getLeft())
        .isEqualTo(new MappingError.Unrepresentable("$.amount", "amount and refund_amount differ"));
    assertThat(refund("\"ori_order_id\":\"GW1\"").getLeft()).isEqualTo(new MappingError.Missing("$.amount"));
    assertThat(refund("\"amount\":500,\"status\":\"CLOSED\"").getLeft())
        .isEqualTo(new MappingError.UnknownStatus("$.status", "CLOSED"));
  }

  private Either<MappingError, Refund> refund(String fields) {
    String json = "{\"ret_code\":\"000000\",\"data\":{\"refund_trans_id\":\"R1\",\"status\":\"SUCCESS\","
        + "\"currency\":\"USD\"," + fields + "}}";
    return mapper.refund(codec.decodeEnvelope(json.getBytes(UTF_8), RefundRespDto.class).get().data());
  }

  /** Item 6 (the mapping's part): unknown statuses of notification bodies are UnknownStatus, never a 400 "malformed". */
  @Test
  void item6_unknownNotificationStatusesAreSurfacedAsUnknownStatus() {
    String payment = "{\"timestamp\":1745922570644,\"notify_type\":\"PAYMENT.SUCCESS\",\"merchant_id\":\"M1\","
        + "\"trans_id\":\"T1\",\"order_id\":\"GW1\",\"status\":\"PENDING_REVIEW\",\"amount\":100,\"currency\":\"USD\"}";
    String refund = "{\"timestamp\":1745922570644,\"notify_type\":\"REFUND.SUCCESS\",\"merchant_id\":\"M1\","
        + "\"trans_id\":\"R1\",\"order_id\":\"GW1\",\"status\":\"CLOSED\",\"amount\":100,\"currency\":\"USD\"}";
    assertThat(mapper.paymentNotification(codec.decode(payment.getBytes(UTF_8), PaymentsNotifyReqDto.class).get())
        .getLeft()).isEqualTo(new MappingError.UnknownStatus("$.status", "PENDING_REVIEW"));
    assertThat(mapper.refundNotification(codec.decode(refund.getBytes(UTF_8), RefundNotifyReqDto.class).get())
        .getLeft()).isEqualTo(new MappingError.UnknownStatus("$.status", "CLOSED"));
  }

  /** Item 21: PayKKa's able_to figures are the truth and the domain's commands obey them; gaps are computed. */
  @Test
  void item21_reportedAbleToFiguresAreKeptAndUsedByTheDomain() {
    byte[] answer = initiateAnswer(d -> {
      d.put("status", "AUTHORIZED").put("capture_method", "MANUAL").put("amount", 1000);
      d.putObject("balances").put("authed_amount", 1000).put("captured_amount", 0).put("voided_amount", 0)
          .put("refunded_amount", 0).put("able_to_capture_amount", 600).put("able_to_void_amount", "n/a");
    });

    PaymentOrder order = query(answer).get().order();

    assertThat(order.ableToCapture()).isEqualTo(Money.of(600, Currency.EUR));
    // absent (or unreadable) figures are computed: the uncaptured authorisation
    assertThat(order.ableToVoid()).isEqualTo(Money.of(1000, Currency.EUR));
    assertThat(order.capture(Money.of(700, Currency.EUR), true).getLeft())
        .isInstanceOf(io.github.paykka.domain.Rejection.ExceedsAvailable.class);
    assertThat(order.capture(Money.of(600, Currency.EUR), false).get().order().balances().captured())
        .isEqualTo(Money.of(600, Currency.EUR));
    // seed 000's own query example: PROCESSING, able to capture 100, as PayKKa says
    PaymentResult seed = mapper.paymentResult(codec.decodeEnvelope(
        TolerantReaderProperties.read("000_query_response.json").toString().getBytes(UTF_8),
        PaymentsQueryRespDto.class).get().data()).get();
    assertThat(seed.order().ableToCapture()).isEqualTo(Money.of(100, Currency.EUR));
    assertThat(seed.order().balances().reportedAbleToRefund()).contains(Money.zero(Currency.EUR));
  }

  /** Item 22: every 3DS field PayKKa publishes is read, tolerantly; xid and cryptogram are never printed. */
  @Test
  void item22_authenticationResultIsModelledAndItsSecretsNeverPrinted() {
    byte[] answer = initiateAnswer(d -> d.set("authentication_result", TolerantReaderProperties.authenticationResult()));

    AuthenticationResult a = query(answer).get().authentication().get();

    assertThat(a.authenticationUrl()).contains("https://3ds_path_url");
    assertThat(a.enrollStatus()).contains("Y");
    assertThat(a.authenticationStatus()).contains("Y");
    assertThat(a.version()).contains("2.2.0");
    assertThat(a.eci()).contains("05");
    assertThat(a.exemption()).contains("LOW_VALUE");
    assertThat(a.exemptionApplied()).contains(false);
    assertThat(a.mode()).contains("CHALLENGE");
    assertThat(a.upgraded()).contains(false);
    assertThat(a.downgraded()).contains(false);
    assertThat(a.upgradeReason()).contains("none");
    assertThat(a.xid()).contains("MDAwMDAwMDAwMDAwMDAwMzIyNzY=");
    assertThat(a.cryptogram()).contains("AAABBEg0VhI0VniQEjRWAAAAAAA=");
    String printed = query(answer).get().toString() + a + codec.decodeEnvelope(answer, PaymentsRespDto.class).get();
    assertThat(printed).doesNotContain("MDAwMDAwMDAwMDAwMDAwMzIyNzY=").doesNotContain("AAABBEg0VhI0VniQEjRWAAAAAAA=")
        .contains("xid=***").contains("cryptogram=***");
    assertThat(query(answer).get().authenticationUrl()).contains(URI.create("https://3ds_path_url"));
  }

  @Test
  void item22_garbled3dsFieldsDegradeToAbsentAndTheNotificationCarriesTheResult() {
    ObjectNode auth = TolerantReaderProperties.authenticationResult();
    auth.put("authentication_url", "not a url with spaces").putObject("exemption_applied");
    auth.putArray("upgraded").add(1);
    auth.put("downgraded", "maybe");
    byte[] answer = initiateAnswer(d -> d.set("authentication_result", auth));
    AuthenticationResult a = query(answer).get().authentication().get();
    assertThat(a.authenticationUrl()).isEmpty();
    assertThat(a.exemptionApplied()).isEmpty();
    assertThat(a.upgraded()).isEmpty();
    assertThat(a.downgraded()).isEmpty();
    assertThat(a.eci()).contains("05");

    ObjectNode body = TolerantReaderProperties.paymentNotification("PAYMENT.SUCCESS", "SUCCESS");
    PaymentNotification n = mapper.paymentNotification(
        codec.decode(codec.encode(body), PaymentsNotifyReqDto.class).get()).get();
    assertThat(n.authentication().flatMap(AuthenticationResult::eci)).contains("05");
    assertThat(n.paymentMethod()).contains(ReportedPaymentMethod.of(PaymentMethod.BANKCARD));
    assertThat(n.toString()).doesNotContain("AAABBEg0VhI0VniQEjRWAAAAAAA=");
  }
}
