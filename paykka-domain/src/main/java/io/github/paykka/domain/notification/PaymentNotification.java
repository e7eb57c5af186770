package io.github.paykka.domain.notification;

import static java.util.Objects.requireNonNull;

import io.github.paykka.domain.authentication.AuthenticationResult;
import io.github.paykka.domain.id.CardToken;
import io.github.paykka.domain.id.MerchantId;
import io.github.paykka.domain.id.OrderId;
import io.github.paykka.domain.id.RecurringAgreementId;
import io.github.paykka.domain.id.SessionId;
import io.github.paykka.domain.id.ShopperReference;
import io.github.paykka.domain.id.TransId;
import io.github.paykka.domain.instrument.CardSummary;
import io.github.paykka.domain.instrument.ReportedPaymentMethod;
import io.github.paykka.domain.money.Money;
import io.github.paykka.domain.order.Balances;
import io.github.paykka.domain.order.OrderObservation;
import io.github.paykka.domain.order.OrderStatus;
import io.github.paykka.domain.validation.InvalidValueException;
import io.vavr.control.Option;

/**
 * PayKKa's word on a payment order: authorised, succeeded, failed or cancelled.
 *
 * @param type one of the {@code PAYMENT.*} types
 * @param merchantId the merchant
 * @param timestamp when sent, epoch milliseconds (see {@link Notification#timestamp()})
 * @param transId the merchant's order number
 * @param orderId PayKKa's order number
 * @param status the order's status
 * @param amount the order's amount
 * @param balances the order's balances, when PayKKa sent them
 * @param errorCode the transaction error code of a failure
 * @param errorDescription its description
 * @param recurringAgreementId the agreement a first recurring payment made
 * @param token the token a payment stored
 * @param shopperReference the shopper
 * @param sessionId the checkout session the payment came through
 * @param card what PayKKa reports of the card
 * @param authentication the 3DS result, when the body carried one ({@code authentication_result})
 * @param paymentMethod the method used, when the body named one ({@code payment.payment_method})
 */
public record PaymentNotification(
    NotifyType type,
    MerchantId merchantId,
    long timestamp,
    TransId transId,
    OrderId orderId,
    OrderStatus status,
    Money amount,
    Option<Balances> balances,
    Option<String> errorCode,
    Option<String> errorDescription,
    Option<RecurringAgreementId> recurringAgreementId,
    Option<CardToken> token,
    Option<ShopperReference> shopperReference,
    Option<SessionId> sessionId,
    Option<CardSummary> card,
    Option<AuthenticationResult> authentication,
    Option<ReportedPaymentMethod> paymentMethod)
    implements Notification {

  public PaymentNotification {
    requireNonNull(type, "type == null");
    if (type.isRefund()) throw InvalidValueException.of("notify_type", type.wireName() + " is not about a payment");
    requireNonNull(merchantId, "merchantId == null");
    requireNonNull(transId, "transId == null");
    requireNonNull(orderId, "orderId == null");
    requireNonNull(status, "status == null");
    requireNonNull(amount, "amount == null");
    requireNonNull(balances, "balances == null");
    requireNonNull(errorCode, "errorCode == null");
    requireNonNull(errorDescription, "errorDescription == null");
    requireNonNull(recurringAgreementId, "recurringAgreementId == null");
    requireNonNull(token, "token == null");
    requireNonNull(shopperReference, "shopperReference == null");
    requireNonNull(sessionId, "sessionId == null");
    requireNonNull(card, "card == null");
    requireNonNull(authentication, "authentication == null");
    requireNonNull(paymentMethod, "paymentMethod == null");
  }

  /** A notification without a 3DS result or a payment method. */
  public PaymentNotification(NotifyType type, MerchantId merchantId, long timestamp, TransId transId, OrderId orderId,
      OrderStatus status, Money amount, Option<Balances> balances, Option<String> errorCode,
      Option<String> errorDescription, Option<RecurringAgreementId> recurringAgreementId, Option<CardToken> token,
      Option<ShopperReference> shopperReference, Option<SessionId> sessionId, Option<CardSummary> card) {
    this(type, merchantId, timestamp, transId, orderId, status, amount, balances, errorCode, errorDescription,
        recurringAgreementId, token, shopperReference, sessionId, card, Option.none(), Option.none());
  }

  /** See {@link Notification#deduplicationKey()}; the digest covers every component but {@code timestamp}. */
  @Override
  public String deduplicationKey() {
    ContentKey k = new ContentKey().part(type.wireName()).part(merchantId.value()).part(transId.value())
        .part(orderId.value()).part(status.name()).part(amount).part(balances.isDefined() ? "+" : "-");
    for (Balances b : balances) k.part(b.authed()).part(b.captured()).part(b.voided()).part(b.refunded());
    k.part(errorCode).part(errorDescription).part(recurringAgreementId.map(RecurringAgreementId::value))
        .part(token.map(CardToken::value)).part(shopperReference.map(ShopperReference::value))
        .part(sessionId.map(SessionId::value)).part(card.map(c -> c.bin() + " " + c.last4() + " " + c.brand()));
    return k.key("payment:" + merchantId.value() + ":" + orderId.value() + ":" + type.wireName() + ":" + status);
  }

  /** Whether {@link #type()} admits {@link #status()} ({@link NotifyType#admits(OrderStatus)}). */
  @Override
  public boolean statusFitsType() {
    return type.admits(status);
  }

  /**
   * What this notification says of the order, for {@code PaymentOrder.reconcile}. Without balances in the body,
   * the balances are the least the status implies (AUTHORIZED: the amount authorised; SUCCESS: authorised and
   * captured), which the join can only raise, never lower.
   */
  public OrderObservation observation() {
    return new OrderObservation(orderId, status, balances.getOrElse(() -> Balances.impliedBy(status, amount)));
  }
}
