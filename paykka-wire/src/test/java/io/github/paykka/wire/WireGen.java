package io.github.paykka.wire;

import io.github.paykka.wire.message.*;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.jspecify.annotations.Nullable;

/** Random messages with every nested part, for round-trip properties and benchmarks' shape. */
final class WireGen {
  private static final String CHARS = "abcXYZ019 -_.:/@+\"\\é中\u0001";
  private final Random r;

  WireGen(Random r) {
    this.r = r;
  }

  @Nullable String s() {
    if (r.nextInt(6) == 0) return null;
    int n = r.nextInt(12);
    StringBuilder sb = new StringBuilder(n);
    for (int i = 0; i < n; i++) sb.append(CHARS.charAt(r.nextInt(CHARS.length())));
    return sb.toString();
  }

  @Nullable Long l() {
    return r.nextInt(6) == 0 ? null : switch (r.nextInt(4)) {
      case 0 -> 0L;
      case 1 -> Long.MAX_VALUE;
      default -> (long) r.nextInt(1_000_000) + 1;
    };
  }

  @Nullable Integer i() {
    return r.nextInt(6) == 0 ? null : r.nextInt(1000);
  }

  @Nullable Boolean b() {
    return r.nextInt(3) == 0 ? null : r.nextBoolean();
  }

  <E> @Nullable E e(E[] values) {
    return r.nextInt(6) == 0 ? null : values[r.nextInt(values.length)];
  }

  /** A known wire spelling, or any text (PayKKa may send values this version does not know). */
  <E> @Nullable String w(E[] values, java.util.function.Function<E, String> wire) {
    return r.nextBoolean() ? s() : wire.apply(values[r.nextInt(values.length)]);
  }

  AuthenticationRecordDto authenticationRecord() {
    return new AuthenticationRecordDto(s(), s(), s(), s(), s(), s(), b(), s(), b(), b(), s(), s(), s());
  }

  <T> @Nullable List<T> list(java.util.function.Supplier<T> item) {
    if (r.nextInt(6) == 0) return null;
    int n = r.nextInt(3);
    List<T> l = new ArrayList<>();
    for (int k = 0; k < n; k++) l.add(item.get());
    return l;
  }

  PaymentsReqDto paymentsReq() {
    return new PaymentsReqDto(s(), e(new String[] {"PURCHASE", "RECURRING", "UNKNOWN"}), e(new String[] {"FINAL_AUTH", "UNKNOWN"}), e(new String[] {"AUTOMATIC", "MANUAL", "UNKNOWN"}),
        s(), l(), s(), l(), s(), s(), paymentInfo(), browser(), list(this::goods), bill(), shipping(), customer(),
        authentication(), new AmountBreakdownReqDto(l(), l(), l(), l()), s(), b());
  }

  PaymentInfoReqDto paymentInfo() {
    return new PaymentInfoReqDto(e(new String[] {"BANKCARD", "BankCard", "eftpos", "APPLE_PAY", "GooglePay", "iDEAL", "Sofort", "UNKNOWN"}), b(), e(new String[] {"CARD_ON_FILE", "SUBSCRIPTION", "UNSCHEDULED_CARD_ON_FILE", "UNKNOWN"}), s(), s(), s(), s(), s(), s(),
        s(), s(), s(), s(), s(), s(), s(), new TokenAuthenticationDto(s(), s(), s(), b(), b()));
  }

  BrowserReqDto browser() {
    return new BrowserReqDto(s(), s(), s(), b(), s(), s(), s(), s(), s(), s(), s(), s(), s());
  }

  GoodsReqDto goods() {
    return new GoodsReqDto(s(), s(), s(), s(), s(), s(), l(), i(), s(), s());
  }

  BillReqDto bill() {
    return new BillReqDto(s(), s(), s(), s(), s(), s(), s(), s(), s(), s(), s(), s(), s(), s());
  }

  ShippingReqDto shipping() {
    return new ShippingReqDto(s(), s(), s(), s(), s(), s(), s(), s(), s(), s(), s(), s());
  }

  CustomerReqDto customer() {
    return new CustomerReqDto(s(), s(), i(), s(), s(), s(), s(), s(), s(), s(), s(), s(), s());
  }

  AuthenticationReqDto authentication() {
    return new AuthenticationReqDto(s(), b(), s());
  }

  PaymentsQueryRespDto queryResp() {
    return new PaymentsQueryRespDto(s(), s(), s(), s(), s(), e(new String[] {"PROCESSING", "SUCCESS", "AUTHORIZED", "FAILURE", "REFUNDED", "PARTIALLY_REFUNDED", "CANCELED", "PARTIALLY_REVERSED", "UNKNOWN"}),
        e(new String[] {"FINAL_AUTH", "UNKNOWN"}), e(new String[] {"AUTOMATIC", "MANUAL", "UNKNOWN"}), l(),
        s(), s(), s(), s(), s(), authenticationRecord(), s(), s(),
        new PaymentInfoRespDto(e(new String[] {"BANKCARD", "BankCard", "eftpos", "APPLE_PAY", "GooglePay", "iDEAL", "Sofort", "UNKNOWN"})), new CardInfoRespDto(s(), s(), s()),
        new BalanceResp(l(), l(), l(), l(), l(), l(), l()));
  }

  SessionCreateReqDto sessionCreate() {
    return new SessionCreateReqDto(s(), e(new String[] {"PURCHASE", "RECURRING", "UNKNOWN"}), e(new String[] {"FINAL_AUTH", "UNKNOWN"}),
        e(new String[] {"AUTOMATIC", "MANUAL", "UNKNOWN"}), s(), l(), s(), l(), s(), s(), s(), e(new String[] {"HOSTED", "DROP_IN", "COMPONENT", "UNKNOWN"}), s(), s(), s(),
        list(this::goods), bill(), shipping(), customer(), paymentInfo(), authentication(),
        list(() -> new String[] {"BANKCARD", "BankCard", "eftpos", "APPLE_PAY", "GooglePay", "iDEAL", "Sofort", "UNKNOWN"}[r.nextInt(8)]), list(() -> "BankCard"));
  }

  RefundReqDto refund() {
    return new RefundReqDto(s(), l(), s(), s(), e(new String[] {"DUPLICATE", "FRAUDULENT", "REQUESTED_BY_CUSTOMER", "OTHER", "UNKNOWN"}), l(), s(), s());
  }

  PaymentsNotifyReqDto paymentNotify() {
    return new PaymentsNotifyReqDto(l(), e(new String[] {"PAYMENT.AUTHORIZATION", "PAYMENT.SUCCESS", "PAYMENT.FAILURE", "PAYMENT.CANCELED", "REFUND.SUCCESS", "REFUND.FAILURE", "UNKNOWN"}), s(), s(), s(), s(), s(), s(),
        e(new String[] {"PROCESSING", "SUCCESS", "AUTHORIZED", "FAILURE", "REFUNDED", "PARTIALLY_REFUNDED", "CANCELED", "PARTIALLY_REVERSED", "UNKNOWN"}), l(), s(), s(), s(), s(), s(), s(), authenticationRecord(),
        new PaymentInfoRespDto(e(new String[] {"BANKCARD", "BankCard", "eftpos", "APPLE_PAY", "GooglePay", "iDEAL", "Sofort", "UNKNOWN"})), new CardInfoRespDto(s(), s(), s()),
        new BalanceResp(l(), l(), l(), l(), l(), l(), l()));
  }

  RefundNotifyReqDto refundNotify() {
    return new RefundNotifyReqDto(l(), e(new String[] {"PAYMENT.AUTHORIZATION", "PAYMENT.SUCCESS", "PAYMENT.FAILURE", "PAYMENT.CANCELED", "REFUND.SUCCESS", "REFUND.FAILURE", "UNKNOWN"}), s(), s(), s(), s(), s(),
        e(new String[] {"REVIEWING", "PROCESSING", "SUCCESS", "FAILURE", "UNKNOWN"}), l(), s(), s(), s());
  }

  Envelope<List<QueryTokenRespDto>> tokenList() {
    return new Envelope<>("000000", s(), list(() -> new QueryTokenRespDto(s(),
        e(new String[] {"BANKCARD", "BankCard", "eftpos", "APPLE_PAY", "GooglePay", "iDEAL", "Sofort", "UNKNOWN"}),
        e(new String[] {"CARD_ON_FILE", "SUBSCRIPTION", "UNSCHEDULED_CARD_ON_FILE", "UNKNOWN"}),
        e(new String[] {"INACTIVE", "ACTIVATE", "DELETE", "UNKNOWN"}))));
  }
}
