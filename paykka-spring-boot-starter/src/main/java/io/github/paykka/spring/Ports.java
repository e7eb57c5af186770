package io.github.paykka.spring;

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

/**
 * One port of the adapter, and only that one: the adapter implements every port, so a bean that is the adapter itself
 * would match every port's injection point. Used when there are no metrics (with them, the timing wrappers are it).
 */
final class Ports {
  private Ports() {}

  record Payments(PaymentGateway delegate) implements PaymentGateway {
    @Override
    public Either<GatewayFailure, PaymentResult> initiate(PaymentRequest request) {
      return delegate.initiate(request);
    }

    @Override
    public Either<GatewayFailure, PaymentResult> query(PaymentLookup lookup) {
      return delegate.query(lookup);
    }

    @Override
    public Either<GatewayFailure, Accepted> capture(CaptureCommand command) {
      return delegate.capture(command);
    }

    @Override
    public Either<GatewayFailure, Accepted> voidPayment(VoidCommand command) {
      return delegate.voidPayment(command);
    }
  }

  record Refunds(RefundGateway delegate) implements RefundGateway {
    @Override
    public Either<GatewayFailure, Refund> refund(RefundCommand command) {
      return delegate.refund(command);
    }

    @Override
    public Either<GatewayFailure, Refund> query(RefundLookup lookup) {
      return delegate.query(lookup);
    }
  }

  record Tokens(TokenGateway delegate) implements TokenGateway {
    @Override
    public Either<GatewayFailure, List<StoredCardToken>> list(ShopperReference shopper) {
      return delegate.list(shopper);
    }

    @Override
    public Either<GatewayFailure, Accepted> remove(CardToken token, ShopperReference shopper) {
      return delegate.remove(token, shopper);
    }
  }

  record RecurringAgreements(RecurringAgreementGateway delegate) implements RecurringAgreementGateway {
    @Override
    public Either<GatewayFailure, Accepted> cancel(RecurringAgreementId agreement, ShopperReference shopper) {
      return delegate.cancel(agreement, shopper);
    }
  }

  record CheckoutSessions(CheckoutSessionGateway delegate) implements CheckoutSessionGateway {
    @Override
    public Either<GatewayFailure, CheckoutSession> create(CheckoutSessionRequest request) {
      return delegate.create(request);
    }

    @Override
    public Either<GatewayFailure, CheckoutSession> query(SessionLookup lookup) {
      return delegate.query(lookup);
    }
  }

  record ApplePaySessions(ApplePaySessionGateway delegate) implements ApplePaySessionGateway {
    @Override
    public Either<GatewayFailure, ApplePayMerchantSession> createSession(ApplePaySessionRequest request) {
      return delegate.createSession(request);
    }
  }
}
