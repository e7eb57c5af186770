package io.github.paykka.micrometer;

import io.github.paykka.domain.checkout.CheckoutSession;
import io.github.paykka.domain.id.CardToken;
import io.github.paykka.domain.id.RecurringAgreementId;
import io.github.paykka.domain.id.ShopperReference;
import io.github.paykka.domain.refund.Refund;
import io.github.paykka.domain.request.ApplePaySessionRequest;
import io.github.paykka.domain.request.CheckoutSessionRequest;
import io.github.paykka.domain.request.PaymentRequest;
import io.github.paykka.domain.token.StoredCardToken;
import io.github.paykka.ports.Accepted;
import io.github.paykka.ports.GatewayFailure;
import io.github.paykka.ports.Operation;
import io.github.paykka.ports.applepay.ApplePayMerchantSession;
import io.github.paykka.ports.applepay.ApplePaySessionGateway;
import io.github.paykka.ports.checkout.CheckoutSessionGateway;
import io.github.paykka.ports.checkout.SessionLookup;
import io.github.paykka.ports.payment.CaptureCommand;
import io.github.paykka.ports.payment.PaymentGateway;
import io.github.paykka.ports.payment.PaymentLookup;
import io.github.paykka.ports.payment.PaymentResult;
import io.github.paykka.ports.payment.VoidCommand;
import io.github.paykka.ports.recurring.RecurringAgreementGateway;
import io.github.paykka.ports.refund.RefundCommand;
import io.github.paykka.ports.refund.RefundGateway;
import io.github.paykka.ports.refund.RefundLookup;
import io.github.paykka.ports.token.TokenGateway;
import io.vavr.control.Either;
import java.util.List;

/** The timing wrappers of {@link PaykkaCallMetrics}: one per port, each naming the operation of every method. */
final class TimedPorts {
  private TimedPorts() {}

  static final class Payments implements PaymentGateway {
    private final PaykkaCallMetrics metrics;
    private final PaymentGateway delegate;

    Payments(PaykkaCallMetrics metrics, PaymentGateway delegate) {
      this.metrics = metrics;
      this.delegate = delegate;
    }

    @Override
    public Either<GatewayFailure, PaymentResult> initiate(PaymentRequest request) {
      return metrics.time(Operation.INITIATE, () -> delegate.initiate(request));
    }

    @Override
    public Either<GatewayFailure, PaymentResult> query(PaymentLookup lookup) {
      return metrics.time(Operation.QUERY, () -> delegate.query(lookup));
    }

    @Override
    public Either<GatewayFailure, Accepted> capture(CaptureCommand command) {
      return metrics.time(Operation.CAPTURE, () -> delegate.capture(command));
    }

    @Override
    public Either<GatewayFailure, Accepted> voidPayment(VoidCommand command) {
      return metrics.time(Operation.VOID, () -> delegate.voidPayment(command));
    }

    @Override
    public String toString() {
      return "Timed[" + delegate + "]";
    }
  }

  static final class Refunds implements RefundGateway {
    private final PaykkaCallMetrics metrics;
    private final RefundGateway delegate;

    Refunds(PaykkaCallMetrics metrics, RefundGateway delegate) {
      this.metrics = metrics;
      this.delegate = delegate;
    }

    @Override
    public Either<GatewayFailure, Refund> refund(RefundCommand command) {
      return metrics.time(Operation.REFUND, () -> delegate.refund(command));
    }

    @Override
    public Either<GatewayFailure, Refund> query(RefundLookup lookup) {
      return metrics.time(Operation.REFUND_QUERY, () -> delegate.query(lookup));
    }

    @Override
    public String toString() {
      return "Timed[" + delegate + "]";
    }
  }

  static final class Tokens implements TokenGateway {
    private final PaykkaCallMetrics metrics;
    private final TokenGateway delegate;

    Tokens(PaykkaCallMetrics metrics, TokenGateway delegate) {
      this.metrics = metrics;
      this.delegate = delegate;
    }

    @Override
    public Either<GatewayFailure, List<StoredCardToken>> list(ShopperReference shopper) {
      return metrics.time(Operation.TOKEN_LIST, () -> delegate.list(shopper));
    }

    @Override
    public Either<GatewayFailure, Accepted> remove(CardToken token, ShopperReference shopper) {
      return metrics.time(Operation.TOKEN_REMOVE, () -> delegate.remove(token, shopper));
    }

    @Override
    public String toString() {
      return "Timed[" + delegate + "]";
    }
  }

  static final class RecurringAgreements implements RecurringAgreementGateway {
    private final PaykkaCallMetrics metrics;
    private final RecurringAgreementGateway delegate;

    RecurringAgreements(PaykkaCallMetrics metrics, RecurringAgreementGateway delegate) {
      this.metrics = metrics;
      this.delegate = delegate;
    }

    @Override
    public Either<GatewayFailure, Accepted> cancel(RecurringAgreementId agreement, ShopperReference shopper) {
      return metrics.time(Operation.RECURRING_CANCEL, () -> delegate.cancel(agreement, shopper));
    }

    @Override
    public String toString() {
      return "Timed[" + delegate + "]";
    }
  }

  static final class CheckoutSessions implements CheckoutSessionGateway {
    private final PaykkaCallMetrics metrics;
    private final CheckoutSessionGateway delegate;

    CheckoutSessions(PaykkaCallMetrics metrics, CheckoutSessionGateway delegate) {
      this.metrics = metrics;
      this.delegate = delegate;
    }

    @Override
    public Either<GatewayFailure, CheckoutSession> create(CheckoutSessionRequest request) {
      return metrics.time(Operation.CHECKOUT_CREATE, () -> delegate.create(request));
    }

    @Override
    public Either<GatewayFailure, CheckoutSession> query(SessionLookup lookup) {
      return metrics.time(Operation.CHECKOUT_QUERY, () -> delegate.query(lookup));
    }

    @Override
    public String toString() {
      return "Timed[" + delegate + "]";
    }
  }

  static final class ApplePaySessions implements ApplePaySessionGateway {
    private final PaykkaCallMetrics metrics;
    private final ApplePaySessionGateway delegate;

    ApplePaySessions(PaykkaCallMetrics metrics, ApplePaySessionGateway delegate) {
      this.metrics = metrics;
      this.delegate = delegate;
    }

    @Override
    public Either<GatewayFailure, ApplePayMerchantSession> createSession(ApplePaySessionRequest request) {
      return metrics.time(Operation.APPLE_PAY_SESSION, () -> delegate.createSession(request));
    }

    @Override
    public String toString() {
      return "Timed[" + delegate + "]";
    }
  }
}
