package io.github.paykka.testkit.simulation;

import io.github.paykka.domain.authentication.AuthenticationResult;
import io.github.paykka.domain.checkout.CheckoutSession;
import io.github.paykka.domain.id.CardToken;
import io.github.paykka.domain.id.MerchantId;
import io.github.paykka.domain.id.OrderId;
import io.github.paykka.domain.id.RecurringAgreementId;
import io.github.paykka.domain.id.RefundOrderId;
import io.github.paykka.domain.id.SessionId;
import io.github.paykka.domain.id.ShopperReference;
import io.github.paykka.domain.id.TransId;
import io.github.paykka.domain.instrument.CardNumber;
import io.github.paykka.domain.instrument.CardSummary;
import io.github.paykka.domain.instrument.PaymentInstrument;
import io.github.paykka.domain.instrument.PaymentMethod;
import io.github.paykka.domain.instrument.ReportedPaymentMethod;
import io.github.paykka.domain.money.Money;
import io.github.paykka.domain.order.CaptureMethod;
import io.github.paykka.domain.order.PaymentOrder;
import io.github.paykka.domain.recurring.RecurringAgreement;
import io.github.paykka.domain.refund.Refund;
import io.github.paykka.domain.request.CheckoutSessionRequest;
import io.github.paykka.domain.token.StoredCardToken;
import io.github.paykka.domain.token.TokenUsage;
import io.github.paykka.ports.payment.PaymentResult;
import io.github.paykka.testkit.TestCard;
import io.vavr.control.Option;
import java.net.URI;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;

/**
 * What {@link SimulatedPaykka} keeps, as PayKKa would: an order, refund, token, agreement or session with what comes
 * with it. Mutable, and guarded by the simulator's one lock: only the simulator touches them.
 */
final class Entries {
  private Entries() {}

  /** What PayKKa reports of a card: BIN, last four and brand (a test card's, else by the leading digits). */
  static CardSummary summary(CardNumber number) {
    String digits = number.digits();
    String brand = TestCard.find(digits).map(TestCard::brand).getOrElse(() -> brandOf(digits));
    return new CardSummary(number.bin(), number.last4(), brand);
  }

  // The brand by the leading digits, for numbers that are not test cards; empty when unknown.
  private static String brandOf(String digits) {
    if (digits.startsWith("4")) return "VISA";
    if (digits.matches("^(5[1-5]|2[2-7]).*")) return "MASTERCARD";
    if (digits.matches("^3[47].*")) return "AMEX";
    if (digits.startsWith("62")) return "UNIONPAY";
    if (digits.matches("^35(2[89]|[3-8]).*")) return "JCB";
    return "";
  }

  /** A merchant's identifier of something, e.g. its {@code trans_id}. */
  record Key(MerchantId merchant, String value) {}

  record Intent(
      MerchantId merchant, TransId transId, Money amount, CaptureMethod captureMethod, String notifyUrl,
      PaymentInstrument instrument, boolean store, Option<TokenUsage> tokenUsage, Option<ShopperReference> shopper,
      boolean firstRecurring, boolean mit, Option<RecurringAgreementId> agreement, Option<SessionId> session,
      Option<String> returnUrl) {}

  enum Pending { NONE, CHALLENGE, ASYNC }

  /** An order and what PayKKa keeps with it. Mutable; guarded by the engine's lock. */
  static final class OrderEntry {
    final MerchantId merchant;
    final String notifyUrl;
    final PaymentMethod method;
    final Option<CardSummary> card;
    final Option<ShopperReference> shopper;
    final Option<SessionId> session;
    final Option<String> returnUrl;
    final List<OrderStep> history = new ArrayList<>();
    PaymentOrder order;
    Option<URI> authenticationUrl = Option.none();
    Option<String> errorCode = Option.none();
    Option<String> errorDescription = Option.none();
    Option<CardToken> token = Option.none();
    Option<RecurringAgreementId> agreement = Option.none();
    Option<OffsetDateTime> payFinishTime = Option.none();
    Pending pending = Pending.NONE;
    boolean storedToken;
    boolean makesAgreement;
    boolean refundsFail;

    OrderEntry(MerchantId merchant, PaymentOrder order, String notifyUrl, PaymentMethod method,
        Option<CardSummary> card, Option<ShopperReference> shopper, Option<SessionId> session,
        Option<String> returnUrl) {
      this.merchant = merchant;
      this.order = order;
      this.notifyUrl = notifyUrl;
      this.method = method;
      this.card = card;
      this.shopper = shopper;
      this.session = session;
      this.returnUrl = returnUrl;
    }

    PaymentResult result() {
      return new PaymentResult(order,
          authenticationUrl.map(u -> AuthenticationResult.challenge(u.toString())), errorCode,
          errorDescription, token, agreement, shopper, session, card,
          Option.some(ReportedPaymentMethod.of(method)), payFinishTime,
          Option.none());
    }
  }

  static final class RefundEntry {
    final MerchantId merchant;
    final RefundOrderId assigned;
    /** The refunded order: the engine always knows it, whatever an answer may omit. */
    final OrderId order;
    final String notifyUrl;
    Refund refund;

    RefundEntry(MerchantId merchant, RefundOrderId assigned, OrderId order, Refund refund, String notifyUrl) {
      this.merchant = merchant;
      this.assigned = assigned;
      this.order = order;
      this.refund = refund;
      this.notifyUrl = notifyUrl;
    }
  }

  static final class TokenEntry {
    final MerchantId merchant;
    final Option<CardSummary> card;
    StoredCardToken token;

    TokenEntry(MerchantId merchant, StoredCardToken token, Option<CardSummary> card) {
      this.merchant = merchant;
      this.token = token;
      this.card = card;
    }
  }

  static final class AgreementEntry {
    final MerchantId merchant;
    RecurringAgreement agreement;

    AgreementEntry(MerchantId merchant, RecurringAgreement agreement) {
      this.merchant = merchant;
      this.agreement = agreement;
    }
  }

  static final class SessionEntry {
    final MerchantId merchant;
    final CheckoutSessionRequest request;
    CheckoutSession session;

    SessionEntry(MerchantId merchant, CheckoutSession session, CheckoutSessionRequest request) {
      this.merchant = merchant;
      this.session = session;
      this.request = request;
    }
  }
}
