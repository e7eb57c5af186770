package io.github.paykka.ports.payment;

import static java.util.Objects.requireNonNull;

import io.github.paykka.domain.authentication.AuthenticationResult;
import io.github.paykka.domain.id.CardToken;
import io.github.paykka.domain.id.RecurringAgreementId;
import io.github.paykka.domain.id.SessionId;
import io.github.paykka.domain.id.ShopperReference;
import io.github.paykka.domain.instrument.CardSummary;
import io.github.paykka.domain.instrument.ReportedPaymentMethod;
import io.github.paykka.domain.order.OrderStatus;
import io.github.paykka.domain.order.PaymentOrder;
import io.github.paykka.ports.GatewayFailure;
import io.github.paykka.ports.Operation;
import io.vavr.control.Either;
import io.vavr.control.Option;
import io.vavr.control.Try;
import java.net.URI;
import java.time.OffsetDateTime;

/**
 * What PayKKa answered about an order: the order itself, and what came with it.
 *
 * @param order the order: status and balances
 * @param authentication the 3DS result PayKKa reported ({@code authentication_result}), if any; its
 *     {@code authentication_url} is {@link #authenticationUrl()}
 * @param errorCode the transaction error code of a failed order
 * @param errorDescription its description
 * @param token the token the payment stored
 * @param recurringAgreementId the agreement a first recurring payment made
 * @param shopperReference the shopper
 * @param sessionId the checkout session the payment came through
 * @param card what PayKKa reports of the card: BIN, last four, brand
 * @param paymentMethod the method used, as PayKKa reported it: one this version knows, or PayKKa's text for one it
 *     does not (e.g. {@code PAYPAL})
 * @param payFinishTime when the payment completed
 * @param expireTime when the order expires
 * @param balancesReported whether the order's balance amounts (authorised, captured, voided, refunded) are PayKKa's
 *     own figures; false when PayKKa sent none, or garbled ones, and they are the least the status implies: fine to
 *     merge, never proof that a capture or a void did or did not happen ({@code balances})
 */
public record PaymentResult(
    PaymentOrder order,
    Option<AuthenticationResult> authentication,
    Option<String> errorCode,
    Option<String> errorDescription,
    Option<CardToken> token,
    Option<RecurringAgreementId> recurringAgreementId,
    Option<ShopperReference> shopperReference,
    Option<SessionId> sessionId,
    Option<CardSummary> card,
    Option<ReportedPaymentMethod> paymentMethod,
    Option<OffsetDateTime> payFinishTime,
    Option<OffsetDateTime> expireTime,
    boolean balancesReported) {

  public PaymentResult {
    requireNonNull(order, "order == null");
    requireNonNull(authentication, "authentication == null");
    requireNonNull(errorCode, "errorCode == null");
    requireNonNull(errorDescription, "errorDescription == null");
    requireNonNull(token, "token == null");
    requireNonNull(recurringAgreementId, "recurringAgreementId == null");
    requireNonNull(shopperReference, "shopperReference == null");
    requireNonNull(sessionId, "sessionId == null");
    requireNonNull(card, "card == null");
    requireNonNull(paymentMethod, "paymentMethod == null");
    requireNonNull(payFinishTime, "payFinishTime == null");
    requireNonNull(expireTime, "expireTime == null");
  }

  /** A result whose order's balances are known exactly (a fake's, a sandbox's, one built by hand). */
  public PaymentResult(PaymentOrder order, Option<AuthenticationResult> authentication, Option<String> errorCode,
      Option<String> errorDescription, Option<CardToken> token, Option<RecurringAgreementId> recurringAgreementId,
      Option<ShopperReference> shopperReference, Option<SessionId> sessionId, Option<CardSummary> card,
      Option<ReportedPaymentMethod> paymentMethod, Option<OffsetDateTime> payFinishTime,
      Option<OffsetDateTime> expireTime) {
    this(order, authentication, errorCode, errorDescription, token, recurringAgreementId, shopperReference, sessionId,
        card, paymentMethod, payFinishTime, expireTime, true);
  }

  /** Just the order, its balances known exactly, nothing else known. */
  public static PaymentResult of(PaymentOrder order) {
    return new PaymentResult(order, Option.none(), Option.none(), Option.none(), Option.none(), Option.none(),
        Option.none(), Option.none(), Option.none(), Option.none(), Option.none(), Option.none());
  }

  /**
   * Where to send the shopper for a 3DS challenge, while one is pending ({@code authentication_url}); absent also
   * when the text PayKKa sent is not a URI (the wire mapping keeps only absolute URLs, so only a hand-made result
   * can hold one).
   */
  public Option<URI> authenticationUrl() {
    return authentication.flatMap(AuthenticationResult::authenticationUrl)
        .flatMap(url -> Try.of(() -> new URI(url)).toOption());
  }

  /**
   * What a call answering this result answers, the one rule for every port implementation: an order in status
   * FAILURE is a {@link GatewayFailure.Declined} (with its {@code error_code} and {@code error_description}, empty when
   * PayKKa gave none, and its {@code order_id}); any other order is this result.
   *
   * @param operation the call that answered it
   * @param reference what the call concerned (its {@code trans_id})
   * @param attempts how many requests the call sent
   */
  public Either<GatewayFailure, PaymentResult> asOutcomeOf(Operation operation, String reference, int attempts) {
    requireNonNull(operation, "operation == null");
    requireNonNull(reference, "reference == null");
    if (order.status() != OrderStatus.FAILURE) return Either.right(this);
    return Either.left(new GatewayFailure.Declined(operation, reference, attempts, errorCode.getOrElse(""),
        errorDescription.getOrElse(""), Option.some(order.orderId())));
  }

  /** Whether the shopper must complete a 3DS challenge at {@link #authenticationUrl()} before the order moves. */
  public boolean requiresAuthentication() {
    return order.status() == OrderStatus.PROCESSING && authenticationUrl().isDefined();
  }
}
