package io.github.paykka.wire.mapping;

import static io.github.paykka.wire.mapping.Strict.build;
import static io.github.paykka.wire.mapping.Strict.currency;
import static io.github.paykka.wire.mapping.Strict.guard;
import static io.github.paykka.wire.mapping.Strict.id;
import static io.github.paykka.wire.mapping.Strict.known;
import static io.github.paykka.wire.mapping.Strict.money;
import static io.github.paykka.wire.mapping.Strict.required;
import static io.github.paykka.wire.mapping.Strict.time;
import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.node.TextNode;
import io.github.paykka.domain.authentication.AuthenticationResult;
import io.github.paykka.domain.checkout.CheckoutSession;
import io.github.paykka.domain.checkout.SessionMode;
import io.github.paykka.domain.id.CardToken;
import io.github.paykka.domain.id.MerchantId;
import io.github.paykka.domain.id.OrderId;
import io.github.paykka.domain.id.RecurringAgreementId;
import io.github.paykka.domain.id.RefundOrderId;
import io.github.paykka.domain.id.RefundTransId;
import io.github.paykka.domain.id.SessionId;
import io.github.paykka.domain.id.ShopperReference;
import io.github.paykka.domain.id.TransId;
import io.github.paykka.domain.instrument.CardExpiry;
import io.github.paykka.domain.instrument.CardNumber;
import io.github.paykka.domain.instrument.CardSummary;
import io.github.paykka.domain.instrument.Cvv;
import io.github.paykka.domain.instrument.PaymentInstrument;
import io.github.paykka.domain.instrument.PaymentMethod;
import io.github.paykka.domain.instrument.ReportedPaymentMethod;
import io.github.paykka.domain.instrument.TokenAuthentication;
import io.github.paykka.domain.instrument.Wallet;
import io.github.paykka.domain.money.Currency;
import io.github.paykka.domain.money.Money;
import io.github.paykka.domain.notification.PaymentNotification;
import io.github.paykka.domain.notification.RefundNotification;
import io.github.paykka.domain.order.Balances;
import io.github.paykka.domain.order.CaptureMethod;
import io.github.paykka.domain.order.PaymentOrder;
import io.github.paykka.domain.order.ReasonCode;
import io.github.paykka.domain.refund.Refund;
import io.github.paykka.domain.request.AmountBreakdown;
import io.github.paykka.domain.request.ApplePaySessionRequest;
import io.github.paykka.domain.request.Authentication;
import io.github.paykka.domain.request.Bill;
import io.github.paykka.domain.request.Browser;
import io.github.paykka.domain.request.CheckoutSessionRequest;
import io.github.paykka.domain.request.Contact;
import io.github.paykka.domain.request.Customer;
import io.github.paykka.domain.request.Goods;
import io.github.paykka.domain.request.PaymentRequest;
import io.github.paykka.domain.request.PaymentType;
import io.github.paykka.domain.token.StoredCardToken;
import io.github.paykka.domain.token.TokenUsage;
import io.github.paykka.domain.validation.FieldError;
import io.github.paykka.ports.applepay.ApplePayMerchantSession;
import io.github.paykka.ports.checkout.SessionLookup;
import io.github.paykka.ports.payment.CaptureCommand;
import io.github.paykka.ports.payment.PaymentLookup;
import io.github.paykka.ports.payment.PaymentResult;
import io.github.paykka.ports.payment.VoidCommand;
import io.github.paykka.ports.refund.RefundCommand;
import io.github.paykka.ports.refund.RefundLookup;
import io.github.paykka.wire.message.AmountBreakdownReqDto;
import io.github.paykka.wire.message.ApplePaySessionRespDto;
import io.github.paykka.wire.message.AuthenticationRecordDto;
import io.github.paykka.wire.message.AuthenticationReqDto;
import io.github.paykka.wire.message.BalanceResp;
import io.github.paykka.wire.message.BillReqDto;
import io.github.paykka.wire.message.BrowserReqDto;
import io.github.paykka.wire.message.CardInfoRespDto;
import io.github.paykka.wire.message.CustomerReqDto;
import io.github.paykka.wire.message.GoodsReqDto;
import io.github.paykka.wire.message.PaymentInfoReqDto;
import io.github.paykka.wire.message.PaymentInfoRespDto;
import io.github.paykka.wire.message.PaymentsCaptureReqDto;
import io.github.paykka.wire.message.PaymentsNotifyReqDto;
import io.github.paykka.wire.message.PaymentsQueryReqDto;
import io.github.paykka.wire.message.PaymentsQueryRespDto;
import io.github.paykka.wire.message.PaymentsReqDto;
import io.github.paykka.wire.message.PaymentsRespDto;
import io.github.paykka.wire.message.PaymentsVoidReqDto;
import io.github.paykka.wire.message.QueryTokenReqDto;
import io.github.paykka.wire.message.QueryTokenRespDto;
import io.github.paykka.wire.message.RecurringCancelReqDto;
import io.github.paykka.wire.message.RefundNotifyReqDto;
import io.github.paykka.wire.message.RefundQueryReqDto;
import io.github.paykka.wire.message.RefundReqDto;
import io.github.paykka.wire.message.RefundRespDto;
import io.github.paykka.wire.message.SessionApplePayReqDto;
import io.github.paykka.wire.message.SessionCreateReqDto;
import io.github.paykka.wire.message.SessionQueryReqDto;
import io.github.paykka.wire.message.SessionQueryRespDto;
import io.github.paykka.wire.message.SessionRespDto;
import io.github.paykka.wire.message.ShippingReqDto;
import io.github.paykka.wire.message.TokenAuthenticationDto;
import io.github.paykka.wire.message.TokenRemoveReqDto;
import io.vavr.collection.Seq;
import io.vavr.control.Either;
import io.vavr.control.Option;
import io.vavr.control.Validation;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The sandbox's side of the mapping: requests in (request records to commands and validated domain requests), answers
 * and notifications out (domain state to response and notification records). The client's side is {@link WireMapper};
 * both share the package-private strict field reader, tolerant reader and table of spellings, so that mapping a
 * domain value out on one side and back in on the other gives it back.
 *
 * <p>Requests are read strictly, through the domain's builders and their {@code validate()}: a value the domain cannot
 * hold is a {@link MappingError.Missing} or {@link MappingError.Unrepresentable} naming the field; broken request rules
 * are one {@link MappingError.Invalid} listing every field. Only the domain's own refusal
 * ({@link io.github.paykka.domain.validation.InvalidValueException}) becomes a {@link MappingError}; any other exception is a bug
 * and is thrown as one. In a request, an absent {@code authorisation_type} reads as FINAL_AUTH and another value is
 * refused; an absent {@code capture_method} reads as AUTOMATIC; {@code capture_final} absent reads as true (seed 000's
 * default); a void or refund {@code reason} absent or unknown reads as OTHER; a RECURRING payment without {@code mit} is
 * refused, as PayKKa's code 2010 says; a card {@code payment} carries exactly one of {@code token}, {@code card_no},
 * {@code encrypted_card_no}, a wallet one of {@code token_data}, {@code card_no} with {@code token_authentication}.
 *
 * <p>Stateless and thread-safe. Over 600 lines on purpose: one short method per message of PayKKa's twelve
 * operations in the sandbox's two directions, each with its Javadoc naming the fields it reads or writes; the shared
 * readers and the spelling table already live in their own package-private classes.
 */
public final class SandboxMapper {
  /** Reads an Apple Pay merchant session's text back into a tree; an ObjectReader is immutable and thread-safe. */
  private static final ObjectReader JSON = new ObjectMapper().reader();

  private SandboxMapper() {}

  /** Creates a mapper. */
  public static SandboxMapper create() {
    return new SandboxMapper();
  }

  /**
   * The domain request a received {@code POST /payments} body asks for, through
   * {@link PaymentRequest#builder()} and its {@code validate()}: a value the domain cannot hold is a {@link
   * MappingError.Missing} or {@link MappingError.Unrepresentable}; broken request rules are one {@link
   * MappingError.Invalid} listing every field. {@code merchant_id} and {@code timestamp} are not part of the domain
   * request and are not read.
   */
  public Either<MappingError, PaymentRequest> paymentRequest(PaymentsReqDto d) {
    requireNonNull(d, "d == null");
    return guard(() -> {
      PaymentRequest.Builder b = PaymentRequest.builder()
          .paymentType(paymentType(d.paymentType(), "$.payment_type"))
          .captureMethod(captureMethod(d.captureMethod()))
          .returnUrl(d.returnUrl())
          .recurringAgreementId(d.recurringAgreementId());
      // absent stays unset: the domain refuses a RECURRING payment without mit (PayKKa's code 2010)
      if (d.mit() != null) b.mit(d.mit());
      authorisationType(d.authorisationType());
      if (d.transId() != null) b.transId(d.transId());
      Currency currency = currency(d.currency(), "$.currency");
      long amount = required(d.amount(), "$.amount");
      b.amount(build("$.amount", () -> Money.of(amount, currency)));
      if (d.notifyUrl() != null) b.notifyUrl(d.notifyUrl());
      PaymentInfoReqDto p = required(d.payment(), "$.payment");
      b.instrument(instrument(p))
          .storePaymentMethod(Boolean.TRUE.equals(p.storePaymentMethod()))
          .tokenUsage(tokenUsage(p.tokenUsage(), "$.payment.token_usage"))
          .shopperReference(p.shopperReference())
          .holderName(p.holderName())
          .holderEmail(p.holderEmail());
      if (d.goods() != null) {
        for (int i = 0; i < d.goods().size(); i++) b.addGoods(goods(d.goods().get(i), "$.goods[" + i + "]"));
      }
      b.browser(d.browser() == null ? null : browser(d.browser()))
          .bill(d.bill() == null ? null : bill(d.bill()))
          .shipping(d.shipping() == null ? null : shipping(d.shipping()))
          .customer(d.customer() == null ? null : customer(d.customer()))
          .authentication(d.authentication() == null ? null : authentication(d.authentication()))
          .amountBreakdown(d.amountBreakdown() == null ? null : amountBreakdown(d.amountBreakdown()));
      Validation<Seq<FieldError>, PaymentRequest> v = b.validate();
      if (v.isInvalid()) throw Strict.fail(new MappingError.Invalid(v.getError()));
      return v.get();
    });
  }

  /**
   * The instrument a {@code payment} describes. A card method carries exactly one of {@code token}, {@code card_no},
   * {@code encrypted_card_no}; a wallet exactly one of {@code token_data}, {@code card_no} (decrypted, with {@code
   * token_authentication}); another method needs no card data (any sent is not read).
   */
  private static PaymentInstrument instrument(PaymentInfoReqDto p) {
    PaymentMethod method = paymentMethod(required(p.paymentMethod(), "$.payment.payment_method"),
        "$.payment.payment_method");
    if (method == PaymentMethod.BANKCARD) {
      int forms = count(p.token(), p.cardNo(), p.encryptedCardNo());
      if (forms > 1) {
        throw Strict.fail(new MappingError.Unrepresentable("$.payment",
            "more than one of token, card_no, encrypted_card_no"));
      }
      if (p.token() != null) return new PaymentInstrument.SavedCard(id(p.token(), "$.payment.token", CardToken::of));
      if (p.cardNo() != null) {
        return new PaymentInstrument.PlainCard(cardNumber(p.cardNo()), expiry(p),
            cvv(required(p.cvv(), "$.payment.cvv")));
      }
      if (p.encryptedCardNo() != null) {
        return new PaymentInstrument.EncryptedCard(p.encryptedCardNo(),
            required(p.encryptedExpYear(), "$.payment.encrypted_exp_year"),
            required(p.encryptedExpMonth(), "$.payment.encrypted_exp_month"),
            required(p.encryptedCvv(), "$.payment.encrypted_cvv"));
      }
      throw Strict.fail(new MappingError.Missing("$.payment.card_no"));
    }
    if (method.isCardWallet()) {
      Wallet wallet = method == PaymentMethod.APPLE_PAY ? Wallet.APPLE_PAY
          : Wallet.GOOGLE_PAY;
      if (count(p.tokenData(), p.cardNo(), p.token()) > 1 || p.token() != null) {
        throw Strict.fail(new MappingError.Unrepresentable("$.payment",
            "a wallet payment carries exactly one of token_data, card_no"));
      }
      if (p.tokenData() != null) return new PaymentInstrument.WalletToken(wallet, p.tokenData());
      if (p.cardNo() != null) {
        TokenAuthenticationDto a = required(p.tokenAuthentication(), "$.payment.token_authentication");
        TokenAuthentication auth = new TokenAuthentication(
            required(a.cryptogram(), "$.payment.token_authentication.cryptogram"),
            required(a.tokenFormat(), "$.payment.token_authentication.token_format"), a.eci(), a.accountVerified(),
            a.cardHolderAuthenticated());
        return new PaymentInstrument.WalletCard(wallet, cardNumber(p.cardNo()), expiry(p),
            p.cvv() == null ? null : cvv(p.cvv()), auth);
      }
      throw Strict.fail(new MappingError.Missing("$.payment.token_data"));
    }
    return new PaymentInstrument.AlternativeMethod(method);
  }

  private static int count(@Nullable String... values) {
    int n = 0;
    for (String v : values) if (v != null) n++;
    return n;
  }

  private static CardNumber cardNumber(String digits) {
    return build("$.payment.card_no", () -> CardNumber.of(digits));
  }

  private static Cvv cvv(String digits) {
    return build("$.payment.cvv", () -> Cvv.of(digits));
  }

  private static CardExpiry expiry(PaymentInfoReqDto p) {
    int year = digits(required(p.expYear(), "$.payment.exp_year"), 4, "$.payment.exp_year");
    int month = digits(required(p.expMonth(), "$.payment.exp_month"), 2, "$.payment.exp_month");
    return build("$.payment.exp_month", () -> CardExpiry.of(month, year));
  }

  /** A number of exactly {@code length} ASCII digits, as PayKKa spells {@code exp_year} and {@code exp_month}. */
  private static int digits(String text, int length, String field) {
    if (text.length() != length || !text.chars().allMatch(c -> c >= '0' && c <= '9')) {
      throw Strict.fail(new MappingError.Unrepresentable(field, "not " + length + " digits"));
    }
    return Integer.parseInt(text);
  }

  private static Browser browser(BrowserReqDto b) {
    return Browser.builder().userAgent(b.userAgent()).colorDepth(b.colorDepth()).language(b.language())
        .javaEnabled(b.javaEnabled()).deviceType(b.deviceType()).terminalType(b.terminalType()).deviceOs(b.deviceOs())
        .timezoneOffset(b.timezoneOffset()).screenHeight(b.screenHeight()).screenWidth(b.screenWidth())
        .cookies(b.cookies()).deviceFingerPrintId(b.deviceFingerPrintId()).paykkaRadarId(b.paykkaRadarId()).build();
  }

  private static Goods goods(@Nullable GoodsReqDto g, String path) {
    GoodsReqDto d = required(g, path);
    return Goods.builder().id(d.id()).name(required(d.name(), path + ".name")).description(d.description())
        .category(d.category()).brand(d.brand()).link(required(d.link(), path + ".link"))
        .price(required(d.price(), path + ".price")).quantity(required(d.quantity(), path + ".quantity"))
        .deliveryDate(time(d.deliveryDate(), path + ".delivery_date").getOrNull()).pictureUrl(d.pictureUrl()).build();
  }

  private static Bill bill(BillReqDto b) {
    Contact contact = Contact.builder().firstName(b.firstName()).middleName(b.middleName()).lastName(b.lastName())
        .addressLine1(b.addressLine1()).addressLine2(b.addressLine2()).country(b.country()).state(b.state())
        .city(b.city()).postalCode(b.postalCode()).email(b.email()).areaCode(b.areaCode()).phoneNumber(b.phoneNumber())
        .build();
    return Bill.builder().billingAddressCollection(b.billingAddressCollection()).contact(contact)
        .descriptor(b.descriptor()).build();
  }

  private static Contact shipping(ShippingReqDto s) {
    return Contact.builder().firstName(s.firstName()).middleName(s.middleName()).lastName(s.lastName())
        .addressLine1(s.addressLine1()).addressLine2(s.addressLine2()).country(s.country()).state(s.state())
        .city(s.city()).postalCode(s.postalCode()).email(s.email()).areaCode(s.areaCode()).phoneNumber(s.phoneNumber())
        .build();
  }

  private static Customer customer(CustomerReqDto c) {
    return Customer.builder().id(c.id())
        .registrationTime(time(c.registrationTime(), "$.customer.registration_time").getOrNull())
        .pastTransactions(c.pastTransactions()).areaCode(c.areaCode()).phoneNumber(c.phoneNumber())
        .dateOfBirth(c.dateOfBirth()).gender(c.gender())
        .firstShoppingTime(time(c.firstShoppingTime(), "$.customer.first_shopping_time").getOrNull())
        .lastShoppingTime(time(c.lastShoppingTime(), "$.customer.last_shopping_time").getOrNull()).level(c.level())
        .email(c.email()).payIp(c.payIp()).orderIp(c.orderIp()).build();
  }

  private static Authentication authentication(AuthenticationReqDto a) {
    return Authentication.builder().challengeIndicator(a.challengeIndicator())
        .authenticationOnly(a.authenticationOnly()).exemption(a.exemption()).build();
  }

  private static AmountBreakdown amountBreakdown(AmountBreakdownReqDto a) {
    return AmountBreakdown.builder().goodsAmount(a.goodsAmount()).shippingAmount(a.shippingAmount())
        .taxAmount(a.taxAmount()).discountAmount(a.discountAmount()).build();
  }

  private static PaymentType paymentType(@Nullable String t, String field) {
    return known(Spellings.read(PaymentType.class, required(t, field)), field, "payment type");
  }

  private static void authorisationType(@Nullable String t) {
    // absent means PayKKa's default, FINAL_AUTH, the only value the domain knows
    if (t != null && !Spellings.isFinalAuth(t)) {
      throw Strict.fail(new MappingError.Unrepresentable("$.authorisation_type", "only FINAL_AUTH is supported"));
    }
  }

  private static CaptureMethod captureMethod(@Nullable String c) {
    // absent means PayKKa's default, AUTOMATIC
    if (c == null) return CaptureMethod.AUTOMATIC;
    return known(Spellings.read(CaptureMethod.class, c), "$.capture_method", "capture method");
  }

  private static @Nullable TokenUsage tokenUsage(@Nullable String u, String field) {
    return u == null ? null : known(Spellings.read(TokenUsage.class, u), field, "token usage");
  }

  private static PaymentMethod paymentMethod(String m, String field) {
    return known(Spellings.paymentMethod(m), field, "payment method");
  }

  /** The shopper a received {@code /payments/token/query} names. */
  public Either<MappingError, ShopperReference> tokenQueryShopper(QueryTokenReqDto d) {
    requireNonNull(d, "d == null");
    return guard(() -> id(d.shopperReference(), "$.shopper_reference", ShopperReference::of));
  }

  /** The token a received {@code /payments/token/remove} names. */
  public Either<MappingError, TokenReference> tokenRemoval(TokenRemoveReqDto d) {
    requireNonNull(d, "d == null");
    return guard(() -> new TokenReference(id(d.token(), "$.token", CardToken::of),
        id(d.shopperReference(), "$.shopper_reference", ShopperReference::of)));
  }

  /** The agreement a received {@code /payments/recurring/cancel} names. */
  public Either<MappingError, AgreementReference> recurringCancellation(RecurringCancelReqDto d) {
    requireNonNull(d, "d == null");
    return guard(() -> new AgreementReference(
        id(d.recurringAgreementId(), "$.recurring_agreement_id", RecurringAgreementId::of),
        id(d.shopperReference(), "$.shopper_reference", ShopperReference::of)));
  }

  // ---- the other requests ----

  /** The {@code merchant_id} of any received request or notification. */
  public Either<MappingError, MerchantId> merchantId(@Nullable String merchantId) {
    return guard(() -> id(merchantId, "$.merchant_id", MerchantId::of));
  }

  /**
   * The command a received {@code /payments/capture} asks for; {@code capture_final} absent reads as true, PayKKa's
   * default. Without {@code amount} it is a capture of the rest ({@link CaptureCommand#rest(OrderId)}, whatever
   * {@code capture_final} says: nothing remains after it); a {@code currency} without {@code amount} must still be a
   * known one, and an {@code amount} needs its {@code currency}.
   */
  public Either<MappingError, CaptureCommand> captureCommand(PaymentsCaptureReqDto d) {
    requireNonNull(d, "d == null");
    return guard(() -> {
      OrderId order = id(d.orderId(), "$.order_id", OrderId::of);
      if (d.amount() == null) {
        if (d.currency() != null) currency(d.currency(), "$.currency");
        return CaptureCommand.rest(order);
      }
      Currency currency = currency(d.currency(), "$.currency");
      return CaptureCommand.of(order, money(d.amount(), currency, "$.amount"), !Boolean.FALSE.equals(d.captureFinal()));
    });
  }

  /** The command a received {@code /payments/void} asks for; {@code reason} absent or unknown reads as OTHER. */
  public Either<MappingError, VoidCommand> voidCommand(PaymentsVoidReqDto d) {
    requireNonNull(d, "d == null");
    return guard(() -> VoidCommand.of(id(d.orderId(), "$.order_id", OrderId::of), reasonCode(d.reason())));
  }

  /**
   * The lookup a received {@code /payments/query} asks for: by {@code order_id}, else {@code trans_id}, else
   * {@code session_id} (the first present wins); none is {@link MappingError.Missing} on {@code $.trans_id}.
   */
  public Either<MappingError, PaymentLookup> paymentLookup(PaymentsQueryReqDto d) {
    requireNonNull(d, "d == null");
    return guard(() -> {
      if (Strict.isPresent(d.orderId())) return PaymentLookup.byOrderId(id(d.orderId(), "$.order_id", OrderId::of));
      if (Strict.isPresent(d.transId())) return PaymentLookup.byTransId(id(d.transId(), "$.trans_id", TransId::of));
      if (Strict.isPresent(d.sessionId())) return PaymentLookup.bySessionId(id(d.sessionId(), "$.session_id", SessionId::of));
      throw Strict.fail(new MappingError.Missing("$.trans_id"));
    });
  }

  /** The command a received {@code /payments/refund} asks for; {@code reason} absent or unknown reads as OTHER. */
  public Either<MappingError, RefundCommand> refundCommand(RefundReqDto d) {
    requireNonNull(d, "d == null");
    return guard(() -> {
      Currency currency = currency(d.currency(), "$.currency");
      return new RefundCommand(id(d.refundTransId(), "$.refund_trans_id", RefundTransId::of),
          id(d.oriOrderId(), "$.ori_order_id", OrderId::of), money(d.refundAmount(), currency, "$.refund_amount"),
          reasonCode(d.reason()), Option.of(d.notifyUrl()).filter(Strict::isPresent));
    });
  }

  /** The lookup a received {@code /payments/refund/query} asks for: by {@code refund_order_id}, else {@code refund_trans_id}. */
  public Either<MappingError, RefundLookup> refundLookup(RefundQueryReqDto d) {
    requireNonNull(d, "d == null");
    return guard(() -> {
      if (Strict.isPresent(d.refundOrderId())) {
        return RefundLookup.byRefundOrderId(id(d.refundOrderId(), "$.refund_order_id", RefundOrderId::of));
      }
      if (Strict.isPresent(d.refundTransId())) {
        return RefundLookup.byRefundTransId(id(d.refundTransId(), "$.refund_trans_id", RefundTransId::of));
      }
      throw Strict.fail(new MappingError.Missing("$.refund_trans_id"));
    });
  }

  /**
   * The domain request a received {@code POST /payments/session} body asks for, through
   * {@link CheckoutSessionRequest#builder()} and its {@code validate()}; as {@link #paymentRequest}. An absent
   * {@code session_mode} reads as HOSTED, PayKKa's first mode; an absent {@code payment_type} as PURCHASE.
   */
  public Either<MappingError, CheckoutSessionRequest> checkoutSessionRequest(SessionCreateReqDto d) {
    requireNonNull(d, "d == null");
    return guard(() -> {
      CheckoutSessionRequest.Builder b = CheckoutSessionRequest.builder()
          .captureMethod(captureMethod(d.captureMethod()))
          .expireTime(time(d.expireTime(), "$.expire_time").getOrNull())
          .displayMerchantName(d.displayMerchantName())
          .displayLocale(d.displayLocale())
          .themeId(d.themeId());
      if (d.paymentType() != null) b.paymentType(paymentType(d.paymentType(), "$.payment_type"));
      authorisationType(d.authorisationType());
      if (d.sessionMode() != null) b.sessionMode(sessionMode(d.sessionMode()));
      if (d.transId() != null) b.transId(d.transId());
      Currency currency = currency(d.currency(), "$.currency");
      long amount = required(d.amount(), "$.amount");
      b.amount(build("$.amount", () -> Money.of(amount, currency)));
      if (d.notifyUrl() != null) b.notifyUrl(d.notifyUrl());
      if (d.returnUrl() != null) b.returnUrl(d.returnUrl());
      if (d.goods() != null) {
        for (int i = 0; i < d.goods().size(); i++) b.addGoods(goods(d.goods().get(i), "$.goods[" + i + "]"));
      }
      b.bill(d.bill() == null ? null : bill(d.bill()))
          .shipping(d.shipping() == null ? null : shipping(d.shipping()))
          .customer(d.customer() == null ? null : customer(d.customer()))
          .authentication(d.authentication() == null ? null : authentication(d.authentication()))
          .allowedPaymentMethods(methods(d.allowedPaymentMethods(), "$.allowed_payment_methods"))
          .blockedPaymentMethods(methods(d.blockedPaymentMethods(), "$.blocked_payment_methods"));
      PaymentInfoReqDto p = d.payment();
      if (p != null) {
        b.storePaymentMethod(Boolean.TRUE.equals(p.storePaymentMethod()))
            .tokenUsage(tokenUsage(p.tokenUsage(), "$.payment.token_usage"))
            .shopperReference(p.shopperReference());
      }
      Validation<Seq<FieldError>, CheckoutSessionRequest> v = b.validate();
      if (v.isInvalid()) throw Strict.fail(new MappingError.Invalid(v.getError()));
      return v.get();
    });
  }

  /** The lookup a received {@code /payments/session/query} asks for: by {@code session_id}, else {@code trans_id}. */
  public Either<MappingError, SessionLookup> sessionLookup(SessionQueryReqDto d) {
    requireNonNull(d, "d == null");
    return guard(() -> {
      if (Strict.isPresent(d.sessionId())) return SessionLookup.bySessionId(id(d.sessionId(), "$.session_id", SessionId::of));
      if (Strict.isPresent(d.transId())) return SessionLookup.byTransId(id(d.transId(), "$.trans_id", TransId::of));
      throw Strict.fail(new MappingError.Missing("$.session_id"));
    });
  }

  /** The request a received {@code /payments/apple-pay/create-session} makes, validated. */
  public Either<MappingError, ApplePaySessionRequest> applePaySessionRequest(SessionApplePayReqDto d) {
    requireNonNull(d, "d == null");
    return guard(() -> {
      Validation<Seq<FieldError>, ApplePaySessionRequest> v =
          ApplePaySessionRequest.of(required(d.domainName(), "$.domain_name"), d.displayName());
      if (v.isInvalid()) throw Strict.fail(new MappingError.Invalid(v.getError()));
      return v.get();
    });
  }

  /**
   * The {@code data} the sandbox answers with: the session's JSON object when its text is one, else the text as a
   * JSON string (both read back to the same session).
   */
  public ApplePaySessionRespDto applePaySessionResponse(ApplePayMerchantSession session) {
    requireNonNull(session, "session == null");
    try {
      JsonNode n = JSON.readTree(session.json());
      if (n != null && n.isObject()) return new ApplePaySessionRespDto(n);
    } catch (JsonProcessingException notJson) {
      // not an object: sent as a JSON string below
    }
    return new ApplePaySessionRespDto(TextNode.valueOf(session.json()));
  }

  private static SessionMode sessionMode(String m) {
    return known(Spellings.read(SessionMode.class, m), "$.session_mode", "session mode");
  }

  private static Set<PaymentMethod> methods(@Nullable List<String> list, String field) {
    if (list == null) return Set.of();
    Set<PaymentMethod> set = EnumSet.noneOf(PaymentMethod.class);
    for (int i = 0; i < list.size(); i++) {
      String item = field + "[" + i + "]";
      set.add(paymentMethod(required(list.get(i), item), item));
    }
    return set;
  }

  // ---- answers and notifications out: domain state -> wire ----

  /**
   * The {@code data} of a {@code POST /payments} answer for {@code result}: every field the result holds
   * ({@code session_id} is not part of this response), {@code authorisation_type} FINAL_AUTH, and the balances with
   * their {@code able_to_*} amounts as the order computes them.
   */
  public PaymentsRespDto paymentsResponse(MerchantId merchantId, PaymentResult result) {
    requireNonNull(merchantId, "merchantId == null");
    requireNonNull(result, "result == null");
    PaymentOrder o = result.order();
    return new PaymentsRespDto(result.errorCode().getOrNull(), result.errorDescription().getOrNull(),
        merchantId.value(), o.transId().value(), o.orderId().value(), Spellings.write(o.status()),
        Spellings.FINAL_AUTH, Spellings.write(o.captureMethod()), o.amount().minorUnits(),
        o.amount().currency().code(), Spellings.writeTime(result.payFinishTime().getOrNull()),
        result.recurringAgreementId().map(RecurringAgreementId::value).getOrNull(),
        result.token().map(CardToken::value).getOrNull(), result.shopperReference().map(ShopperReference::value).getOrNull(),
        result.authentication().map(SandboxMapper::authenticationRecord).getOrNull(),
        Spellings.writeTime(result.expireTime().getOrNull()), paymentInfo(result.paymentMethod()), cardInfo(result.card()),
        balances(o));
  }

  /** The {@code data} of a {@code /payments/query} answer for {@code result}; as {@link #paymentsResponse}, with {@code session_id}. */
  public PaymentsQueryRespDto paymentsQueryResponse(MerchantId merchantId, PaymentResult result) {
    requireNonNull(merchantId, "merchantId == null");
    requireNonNull(result, "result == null");
    PaymentsRespDto r = paymentsResponse(merchantId, result);
    return new PaymentsQueryRespDto(r.errorCode(), r.errorDescription(), r.merchantId(), r.transId(), r.orderId(),
        r.status(), r.authorisationType(), r.captureMethod(), r.amount(), r.currency(), r.payFinishTime(),
        r.recurringAgreementId(), r.token(), r.shopperReference(), r.authenticationResult(), r.expireTime(),
        result.sessionId().map(SessionId::value).getOrNull(), r.payment(), r.cardInfo(), r.balances());
  }

  /**
   * The {@code data} of a {@code /payments/refund} or {@code /payments/refund/query} answer for {@code refund}: PayKKa's
   * published fields ({@code amount}), plus {@code refund_amount}, {@code ori_order_id} and {@code reason}.
   */
  public RefundRespDto refundResponse(MerchantId merchantId, Refund refund) {
    requireNonNull(merchantId, "merchantId == null");
    requireNonNull(refund, "refund == null");
    return new RefundRespDto(null, null, merchantId.value(), refund.refundTransId().value(),
        refund.refundOrderId().map(RefundOrderId::value).getOrNull(), Spellings.write(refund.status()),
        refund.amount().minorUnits(), refund.amount().currency().code(), refund.amount().minorUnits(),
        refund.originalOrderId().map(OrderId::value).getOrNull(), null, Spellings.write(refund.reason()));
  }

  /** One item of a {@code /payments/token/query} answer's {@code data} list (the item does not carry the shopper). */
  public QueryTokenRespDto tokenItem(StoredCardToken token) {
    requireNonNull(token, "token == null");
    // a value the sandbox was told but does not know is written back as it came
    return new QueryTokenRespDto(token.token().value(),
        token.paymentMethod().map(m -> m.known().map(Spellings::paymentSpelling).getOrElse(m::text)).getOrNull(),
        token.usage().map(Spellings::write).orElse(token.unrecognisedUsage()).getOrNull(),
        token.status().map(Spellings::write).orElse(token.unrecognisedStatus()).getOrNull());
  }

  /**
   * The {@code data} of a {@code POST /payments/session} answer for {@code session}: status as the assumed table
   * writes it (OPEN as PROCESSING, COMPLETED as SUCCESS, EXPIRED as EXPIRED; an unrecognised status as PayKKa sent
   * it), {@code expire_time} in UTC ({@code +0000}); {@code capture_method} is not known to the session and is omitted.
   */
  public SessionRespDto sessionResponse(MerchantId merchantId, CheckoutSession session) {
    requireNonNull(merchantId, "merchantId == null");
    requireNonNull(session, "session == null");
    return new SessionRespDto(null, null, merchantId.value(), session.transId().value(), session.sessionId().value(),
        session.mode().map(Spellings::write).getOrNull(),
        session.unrecognisedStatus().getOrElse(() -> Spellings.write(session.status())),
        session.amount().minorUnits(), session.amount().currency().code(), Spellings.writeTime(session.expiresAt()),
        Spellings.FINAL_AUTH, null, session.sessionUrl().getOrNull());
  }

  /** The {@code data} of a {@code /payments/session/query} answer; {@code orderId} is the payment made in it, if any. */
  public SessionQueryRespDto sessionQueryResponse(MerchantId merchantId, CheckoutSession session, Option<OrderId> orderId) {
    requireNonNull(orderId, "orderId == null");
    SessionRespDto r = sessionResponse(merchantId, session);
    return new SessionQueryRespDto(null, null, r.merchantId(), r.transId(), r.sessionId(), r.sessionMode(), r.status(),
        r.amount(), r.currency(), r.expireTime(), r.authorisationType(), r.captureMethod(), r.sessionUrl(),
        orderId.map(OrderId::value).getOrNull());
  }

  /**
   * The body of a payment notification (the sandbox's webhook), with the notification's own {@code merchant_id} and
   * {@code timestamp}. Balances, when known, are written with the {@code able_to_*} amounts they carry as reported.
   */
  public PaymentsNotifyReqDto paymentNotification(PaymentNotification n) {
    requireNonNull(n, "n == null");
    return new PaymentsNotifyReqDto(n.timestamp(), Spellings.write(n.type()), n.errorCode().getOrNull(),
        n.errorDescription().getOrNull(), n.merchantId().value(), n.transId().value(), n.orderId().value(),
        n.sessionId().map(SessionId::value).getOrNull(), Spellings.write(n.status()), n.amount().minorUnits(),
        n.amount().currency().code(), null, null, n.recurringAgreementId().map(RecurringAgreementId::value).getOrNull(),
        n.token().map(CardToken::value).getOrNull(), n.shopperReference().map(ShopperReference::value).getOrNull(),
        n.authentication().map(SandboxMapper::authenticationRecord).getOrNull(), paymentInfo(n.paymentMethod()),
        cardInfo(n.card()), n.balances().map(b -> new BalanceResp(b.authed().minorUnits(), b.captured().minorUnits(),
            minor(b.reportedAbleToCapture()), b.voided().minorUnits(), minor(b.reportedAbleToVoid()),
            b.refunded().minorUnits(), minor(b.reportedAbleToRefund()))).getOrNull());
  }

  /**
   * The body of a refund notification: {@code trans_id} the merchant's refund number, the original order in both
   * {@code order_id} and {@code ori_order_id} (PAYKKA-FACTS.md names both), {@code refund_order_id} when assigned.
   */
  public RefundNotifyReqDto refundNotification(RefundNotification n) {
    requireNonNull(n, "n == null");
    return new RefundNotifyReqDto(n.timestamp(), Spellings.write(n.type()), n.merchantId().value(),
        n.refundTransId().value(), n.originalOrderId().value(), n.originalOrderId().value(),
        n.refundOrderId().map(RefundOrderId::value).getOrNull(), Spellings.write(n.status()), n.amount().minorUnits(),
        n.amount().currency().code(), n.errorCode().getOrNull(), n.errorDescription().getOrNull());
  }

  private static BalanceResp balances(PaymentOrder o) {
    Balances b = o.balances();
    return new BalanceResp(b.authed().minorUnits(), b.captured().minorUnits(), o.ableToCapture().minorUnits(),
        b.voided().minorUnits(), o.ableToVoid().minorUnits(), b.refunded().minorUnits(), o.ableToRefund().minorUnits());
  }

  /** A known method in its wire spelling; an unknown one as PayKKa spelled it. */
  private static @Nullable PaymentInfoRespDto paymentInfo(Option<ReportedPaymentMethod> m) {
    return m.map(v -> new PaymentInfoRespDto(
        v.known().map(Spellings::paymentSpelling).getOrElse(v::text))).getOrNull();
  }

  private static AuthenticationRecordDto authenticationRecord(AuthenticationResult a) {
    return new AuthenticationRecordDto(a.authenticationUrl().getOrNull(),
        a.enrollStatus().getOrNull(), a.authenticationStatus().getOrNull(), a.version().getOrNull(),
        a.eci().getOrNull(), a.exemption().getOrNull(), a.exemptionApplied().getOrNull(), a.mode().getOrNull(),
        a.upgraded().getOrNull(), a.downgraded().getOrNull(), a.upgradeReason().getOrNull(), a.xid().getOrNull(),
        a.cryptogram().getOrNull());
  }

  private static @Nullable Long minor(Option<Money> m) {
    return m.map(Money::minorUnits).getOrNull();
  }

  private static @Nullable CardInfoRespDto cardInfo(Option<CardSummary> card) {
    return card.map(c -> new CardInfoRespDto(c.bin(), c.last4(), c.brand())).getOrNull();
  }

  private static ReasonCode reasonCode(@Nullable String r) {
    // absent or unknown, OTHER is the neutral reading
    return Spellings.read(ReasonCode.class, r).getOrElse(ReasonCode.OTHER);
  }

  @Override
  public String toString() {
    return "SandboxMapper";
  }
}
