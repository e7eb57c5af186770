package io.github.paykka.wire.mapping;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.paykka.domain.id.MerchantId;
import io.github.paykka.domain.id.OrderId;
import io.github.paykka.domain.money.Currency;
import io.github.paykka.domain.money.Money;
import io.github.paykka.domain.order.ReasonCode;
import io.github.paykka.ports.payment.CaptureCommand;
import io.github.paykka.ports.payment.PaymentResult;
import io.github.paykka.ports.payment.VoidCommand;
import io.github.paykka.wire.WireCodec;
import io.github.paykka.wire.message.*;
import java.io.IOException;
import java.io.InputStream;
import org.junit.jupiter.api.Test;

class WireMapperTest {
  private final WireCodec codec = WireCodec.create();
  private final WireMapper mapper = WireMapper.create();

  private static byte[] seed(String file) throws IOException {
    try (InputStream in = WireMapperTest.class.getResourceAsStream("/seeds/" + file)) {
      return in.readAllBytes();
    }
  }

  @Test
  void seedInitiateResponseBecomesAPaymentResult() throws IOException {
    PaymentsRespDto d = codec.decodeEnvelope(seed("000_initiate_response.json"), PaymentsRespDto.class).get().data();
    PaymentResult r = mapper.paymentResult(d).get();
    assertThat(r.order().orderId().value()).isEqualTo("GW205905xxxx960982");
    assertThat(r.order().amount()).isEqualTo(Money.of(100, Currency.EUR));
    assertThat(r.order().status()).isEqualTo(io.github.paykka.domain.order.OrderStatus.PROCESSING);
    assertThat(r.order().balances().captured()).isEqualTo(Money.of(100, Currency.EUR));
    assertThat(r.card().get().last4()).isEqualTo("4242");
    assertThat(r.expireTime().get().getOffset().getTotalSeconds()).isEqualTo(8 * 3600);
  }

  @Test
  void unrepresentableValuesOfRequiredFieldsAreTypedErrorsNamingTheField() throws IOException {
    PaymentsQueryRespDto d = codec.decodeEnvelope(seed("000_query_response.json"), PaymentsQueryRespDto.class).get().data();
    assertThat(mapper.paymentResult(d).isRight()).isTrue();
    PaymentsQueryRespDto unknownStatus = codec.decodeEnvelope(
        new String(seed("000_query_response.json"), UTF_8).replace("\"PROCESSING\"", "\"WARPING\"").getBytes(UTF_8),
        PaymentsQueryRespDto.class).get().data();
    assertThat(mapper.paymentResult(unknownStatus).getLeft())
        .isEqualTo(new MappingError.UnknownStatus("$.status", "WARPING"));
    // balances are informational: broken ones degrade to what the status implies, PayKKa's able_to figures stay
    PaymentsQueryRespDto badBalances = codec.decodeEnvelope(
        new String(seed("000_query_response.json"), UTF_8).replace("\"captured_amount\": 0", "\"captured_amount\": 999")
            .getBytes(UTF_8), PaymentsQueryRespDto.class).get().data();
    assertThat(mapper.paymentResult(badBalances).get().order().balances().authed().isZero()).isTrue();
    assertThat(mapper.paymentResult(badBalances).get().order().ableToCapture()).isEqualTo(Money.of(100, Currency.EUR));
    PaymentsQueryRespDto badCurrency = codec.decodeEnvelope(
        new String(seed("000_query_response.json"), UTF_8).replace("\"EUR\"", "\"XXX\"").getBytes(UTF_8),
        PaymentsQueryRespDto.class).get().data();
    assertThat(mapper.paymentResult(badCurrency).getLeft().field()).isEqualTo("$.currency");
    PaymentsQueryRespDto longId = codec.decodeEnvelope(
        new String(seed("000_query_response.json"), UTF_8).replace("GW20620xxxxx6999", "G".repeat(40)).getBytes(UTF_8),
        PaymentsQueryRespDto.class).get().data();
    assertThat(mapper.paymentResult(longId).getLeft().field()).isEqualTo("$.order_id");
  }

  @Test
  void notificationsMap() {
    String json = "{\"timestamp\":1745922570644,\"notify_type\":\"PAYMENT.SUCCESS\",\"merchant_id\":\"18356675194960\","
        + "\"trans_id\":\"t1\",\"order_id\":\"GW1\",\"status\":\"SUCCESS\",\"amount\":100,\"currency\":\"USD\"}";
    PaymentsNotifyReqDto n = codec.decode(json.getBytes(UTF_8), PaymentsNotifyReqDto.class).get();
    assertThat(mapper.paymentNotification(n).get().orderId().value()).isEqualTo("GW1");
    String refund = "{\"timestamp\":1,\"notify_type\":\"REFUND.SUCCESS\",\"merchant_id\":\"1\",\"trans_id\":\"r1\","
        + "\"order_id\":\"GW1\",\"refund_order_id\":\"RG1\",\"status\":\"SUCCESS\",\"amount\":50,\"currency\":\"USD\"}";
    RefundNotifyReqDto r = codec.decode(refund.getBytes(UTF_8), RefundNotifyReqDto.class).get();
    assertThat(mapper.refundNotification(r).get().refundOrderId().get().value()).isEqualTo("RG1");
    assertThat(mapper.paymentNotification(codec.decode(refund.getBytes(UTF_8), PaymentsNotifyReqDto.class).get())
        .getLeft().field()).isEqualTo("$.notify_type");
    PaymentsNotifyReqDto noOrder = codec.decode(json.replace("\"order_id\":\"GW1\",", "").getBytes(UTF_8),
        PaymentsNotifyReqDto.class).get();
    assertThat(mapper.paymentNotification(noOrder).getLeft()).isEqualTo(new MappingError.Missing("$.order_id"));
  }

  @Test
  void commandsBecomeRequests() {
    MerchantId m = MerchantId.of("18356675194960");
    PaymentsCaptureReqDto c =
        mapper.capture(m, 1745922570644L, CaptureCommand.of(OrderId.of("GW20620xxxxx6999"), Money.of(300, Currency.USD), true));
    assertThat(new String(codec.encode(c), UTF_8)).isEqualTo(
        "{\"merchant_id\":\"18356675194960\",\"order_id\":\"GW20620xxxxx6999\",\"currency\":\"USD\",\"amount\":300,"
            + "\"timestamp\":1745922570644,\"capture_final\":true}");
    // issue 10 #20: capturing the rest sends neither amount nor currency (both optional in seed 000)
    PaymentsCaptureReqDto rest = mapper.capture(m, 1745922570644L, CaptureCommand.rest(OrderId.of("GW20620xxxxx6999")));
    assertThat(new String(codec.encode(rest), UTF_8)).isEqualTo(
        "{\"merchant_id\":\"18356675194960\",\"order_id\":\"GW20620xxxxx6999\",\"timestamp\":1745922570644,"
            + "\"capture_final\":true}");
    PaymentsVoidReqDto v = mapper.voidPayment(m, 1L, VoidCommand.of(OrderId.of("GW1"), ReasonCode.REQUESTED_BY_CUSTOMER));
    assertThat(v.reason()).isEqualTo("REQUESTED_BY_CUSTOMER");
  }
}
