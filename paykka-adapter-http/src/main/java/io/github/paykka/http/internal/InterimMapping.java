package io.github.paykka.http.internal;

import io.github.paykka.domain.checkout.CheckoutSession;
import io.github.paykka.domain.checkout.SessionStatus;
import io.github.paykka.domain.id.CardToken;
import io.github.paykka.domain.id.SessionId;
import io.github.paykka.domain.id.ShopperReference;
import io.github.paykka.domain.id.TransId;
import io.github.paykka.domain.instrument.PaymentInstrument;
import io.github.paykka.domain.money.Currency;
import io.github.paykka.domain.money.Money;
import io.github.paykka.domain.request.ApplePaySessionRequest;
import io.github.paykka.domain.request.CheckoutSessionRequest;
import io.github.paykka.domain.request.PaymentDetails;
import io.github.paykka.domain.request.PaymentRequest;
import io.github.paykka.domain.token.StoredCardToken;
import io.github.paykka.domain.token.TokenStatus;
import io.github.paykka.wire.message.AmountBreakdownReqDto;
import io.github.paykka.wire.message.AuthenticationReqDto;
import io.github.paykka.wire.message.AuthorisationType;
import io.github.paykka.wire.message.BillReqDto;
import io.github.paykka.wire.message.BrowserReqDto;
import io.github.paykka.wire.message.CaptureMethod;
import io.github.paykka.wire.message.CustomerReqDto;
import io.github.paykka.wire.message.GoodsReqDto;
import io.github.paykka.wire.message.PaymentInfoReqDto;
import io.github.paykka.wire.message.PaymentMethod;
import io.github.paykka.wire.message.PaymentType;
import io.github.paykka.wire.message.PaymentsReqDto;
import io.github.paykka.wire.message.QueryTokenRespDto;
import io.github.paykka.wire.message.SessionCreateReqDto;
import io.github.paykka.wire.message.SessionMode;
import io.github.paykka.wire.message.ShippingReqDto;
import io.github.paykka.wire.message.TokenAuthenticationDto;
import io.github.paykka.wire.message.TokenUsage;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.net.URI;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * The mappings paykka-wire's {@code WireMapper} does not offer yet (checkout sessions, Apple Pay).
 * Temporary: to be deleted when the wire module maps these itself.
 */
final class InterimMapping {
  private static final DateTimeFormatter TIME =
      DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss[.SSSSSSSSS][.SSSSSS][.SSS][XXX][XX]");

  private InterimMapping() {}

  static SessionCreateReqDto session(String merchantId, long timestamp, CheckoutSessionRequest r) {
    PaymentInfoReqDto payment = null;
    if (r.storePaymentMethod() || r.tokenUsage().isDefined() || r.shopperReference().isDefined()) {
      payment = new PaymentInfoReqDto(null, r.storePaymentMethod() ? Boolean.TRUE : null,
          r.tokenUsage().map(u -> TokenUsage.valueOf(u.name())).getOrNull(),
          r.shopperReference().map(ShopperReference::value).getOrNull(), null, null, null, null, null, null, null,
          null, null, null, null, null, null);
    }
    return new SessionCreateReqDto(merchantId, PaymentType.valueOf(r.paymentType().name()),
        AuthorisationType.FINAL_AUTH, CaptureMethod.valueOf(r.captureMethod().name()), r.transId().value(),
        timestamp, r.amount().currency().code(), r.amount().minorUnits(), r.notifyUrl(), r.returnUrl(),
        r.expireTime().map(OffsetDateTime::toString).getOrNull(), SessionMode.valueOf(r.sessionMode().name()),
        r.displayMerchantName().getOrNull(), r.displayLocale().getOrNull(), r.themeId().getOrNull(),
        goods(r.goods()), r.bill().map(InterimMapping::bill).getOrNull(),
        r.shipping().map(InterimMapping::shipping).getOrNull(), r.customer().map(InterimMapping::customer).getOrNull(),
        payment,
        r.authentication().map(a -> new AuthenticationReqDto(a.challengeIndicator(), a.authenticationOnly(),
            a.exemption())).getOrNull(),
        methods(r.allowedPaymentMethods()), methods(r.blockedPaymentMethods()));
  }

  /** A session from its create or query answer; {@code fallback} fills what the create answer may omit. */
  static Either<String, CheckoutSession> session(
      @Nullable String sessionId, @Nullable String transId, @Nullable Long amount, @Nullable String currency,
      @Nullable SessionMode mode, @Nullable String status, @Nullable String expireTime, @Nullable String sessionUrl,
      @Nullable String orderId) {
    try {
      if (sessionId == null) return Either.left("missing $.session_id");
      if (transId == null) return Either.left("missing $.trans_id");
      if (amount == null) return Either.left("missing $.amount");
      if (currency == null) return Either.left("missing $.currency");
      Either<String, Currency> c = Currency.parse(currency);
      if (c.isLeft()) return Either.left("unknown currency at $.currency");
      io.github.paykka.domain.checkout.SessionMode m =
          mode == null || mode == SessionMode.UNKNOWN
              ? io.github.paykka.domain.checkout.SessionMode.HOSTED
              : io.github.paykka.domain.checkout.SessionMode.valueOf(mode.name());
      Option<URI> url = sessionUrl == null || sessionUrl.isBlank() ? Option.none() : Option.some(URI.create(sessionUrl));
      Option<java.time.Instant> expires = expireTime == null || expireTime.isBlank()
          ? Option.none()
          : Option.some(OffsetDateTime.parse(expireTime, TIME).toInstant());
      return Either.right(new CheckoutSession(SessionId.of(sessionId), TransId.of(transId),
          Money.of(amount, c.get()), m, url, expires, sessionStatus(status, orderId)));
    } catch (RuntimeException e) {
      return Either.left("session answer rejected by the domain");
    }
  }

  /**
   * PayKKa publishes no session statuses beyond {@code PROCESSING}: assumption (docs/assumptions.md) that a session
   * with an order, or a status naming completion, is completed, one naming expiry is expired, anything else open.
   */
  static SessionStatus sessionStatus(@Nullable String status, @Nullable String orderId) {
    String s = status == null ? "" : status.toUpperCase(Locale.ROOT);
    if (s.contains("EXPIRE")) return SessionStatus.EXPIRED;
    if (s.contains("COMPLETE") || s.equals("SUCCESS") || s.equals("PAID")) return SessionStatus.COMPLETED;
    return SessionStatus.OPEN;
  }

  static io.github.paykka.wire.message.SessionApplePayReqDto applePay(
      String merchantId, long timestamp, ApplePaySessionRequest r) {
    return new io.github.paykka.wire.message.SessionApplePayReqDto(merchantId, timestamp, r.displayName().getOrNull(),
        r.domainName());
  }

  private static @Nullable List<PaymentMethod> methods(java.util.Set<io.github.paykka.domain.instrument.PaymentMethod> s) {
    if (s.isEmpty()) return null;
    List<PaymentMethod> out = new ArrayList<>();
    for (io.github.paykka.domain.instrument.PaymentMethod m : s) out.add(PaymentMethod.valueOf(m.name()));
    return out;
  }

  private static @Nullable List<GoodsReqDto> goods(List<io.github.paykka.domain.request.Goods> goods) {
    if (goods.isEmpty()) return null;
    List<GoodsReqDto> out = new ArrayList<>(goods.size());
    for (io.github.paykka.domain.request.Goods g : goods) {
      out.add(new GoodsReqDto(g.id(), g.name(), g.description(), g.category(), g.brand(), g.link(), g.price(),
          g.quantity(), g.deliveryDate() == null ? null : g.deliveryDate().toString(), g.pictureUrl()));
    }
    return out;
  }

  private static BillReqDto bill(io.github.paykka.domain.request.Bill b) {
    return new BillReqDto(b.billingAddressCollection(), b.firstName(), b.middleName(), b.lastName(),
        b.addressLine1(), b.addressLine2(), b.country(), b.state(), b.city(), b.postalCode(), b.email(),
        b.areaCode(), b.phoneNumber(), b.descriptor());
  }

  private static ShippingReqDto shipping(io.github.paykka.domain.request.Shipping s) {
    return new ShippingReqDto(s.firstName(), s.middleName(), s.lastName(), s.addressLine1(), s.addressLine2(),
        s.country(), s.state(), s.city(), s.postalCode(), s.email(), s.areaCode(), s.phoneNumber());
  }

  private static CustomerReqDto customer(io.github.paykka.domain.request.Customer c) {
    return new CustomerReqDto(c.id(), time(c.registrationTime()), c.pastTransactions(), c.areaCode(),
        c.phoneNumber(), c.dateOfBirth(), c.gender(), time(c.firstShoppingTime()), time(c.lastShoppingTime()),
        c.level(), c.email(), c.payIp(), c.orderIp());
  }

  private static @Nullable String time(@Nullable OffsetDateTime t) {
    return t == null ? null : t.toString();
  }
}
