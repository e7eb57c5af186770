package io.github.paykka.testkit.contract;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.paykka.domain.id.ShopperReference;
import io.github.paykka.domain.order.CaptureMethod;
import io.github.paykka.domain.request.PaymentRequest;
import io.github.paykka.ports.Accepted;
import io.github.paykka.ports.GatewayFailure;
import io.github.paykka.ports.Operation;
import io.github.paykka.ports.payment.PaymentGateway;
import io.github.paykka.ports.payment.PaymentLookup;
import io.github.paykka.ports.payment.PaymentResult;
import io.vavr.control.Either;
import java.util.UUID;

/** What the contract suites share: approved payments and assertions on results. */
final class Contracts {
  private Contracts() {}

  /** The payment's result, failing the test with the failure's message if there is none. */
  static <T> T success(Either<GatewayFailure, T> result) {
    if (result.isLeft()) throw new AssertionError("expected a result, got " + result.getLeft().message());
    return result.get();
  }

  /**
   * The failure, failing the test if there is a result or if the failure names another operation than
   * {@code operation}: every implementation of a port reports the same {@link Operation} for the same call.
   */
  static GatewayFailure failure(Operation operation, Either<GatewayFailure, ?> result) {
    if (result.isRight()) throw new AssertionError("expected a failure of " + operation + ", got " + result.get());
    GatewayFailure failure = result.getLeft();
    assertThat(failure.operation()).as("operation() of " + failure.message()).isEqualTo(operation);
    return failure;
  }

  /** The failure of {@code operation}, which must be a {@link GatewayFailure.Rejected}. */
  static GatewayFailure.Rejected rejected(Operation operation, Either<GatewayFailure, ?> result) {
    GatewayFailure failure = failure(operation, result);
    assertThat(failure).as("failure").isInstanceOf(GatewayFailure.Rejected.class);
    return (GatewayFailure.Rejected) failure;
  }

  /** The acceptance of a command, which must name {@code operation}. */
  static Accepted accepted(Operation operation, Either<GatewayFailure, Accepted> result) {
    Accepted accepted = success(result);
    assertThat(accepted.operation()).as("operation() of " + accepted).isEqualTo(operation);
    return accepted;
  }

  /** Initiates {@code request}, which must succeed. */
  static PaymentResult initiate(PaymentGateway payments, PaymentRequest.Builder request) {
    return success(payments.initiate(TestRequests.valid(request)));
  }

  /** A manual-capture payment of USD 10.00, AUTHORIZED. */
  static PaymentResult authorised(PaymentGateway payments, PaymentRequest.Builder request) {
    return initiate(payments, request.captureMethod(CaptureMethod.MANUAL));
  }

  /** The order as the gateway reports it now. */
  static PaymentResult query(PaymentGateway payments, PaymentResult result) {
    return success(payments.query(PaymentLookup.byOrderId(result.order().orderId())));
  }

  /** A new random shopper reference. */
  static ShopperReference uniqueShopper() {
    return ShopperReference.of("shopper-" + UUID.randomUUID());
  }
}
