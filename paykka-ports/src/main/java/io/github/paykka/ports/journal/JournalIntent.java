package io.github.paykka.ports.journal;

import static java.util.Objects.requireNonNull;

import io.github.paykka.domain.id.OrderId;
import io.github.paykka.domain.id.RefundTransId;
import io.github.paykka.domain.id.TransId;
import io.github.paykka.domain.money.Money;
import io.github.paykka.domain.order.Balances;
import io.github.paykka.domain.request.CheckoutSessionRequest;
import io.github.paykka.domain.request.PaymentRequest;
import io.github.paykka.ports.Operation;
import io.github.paykka.ports.payment.CaptureCommand;
import io.github.paykka.ports.payment.VoidCommand;
import io.github.paykka.ports.refund.RefundCommand;
import java.time.Instant;

/**
 * What a money-moving call is about to do, recorded before it is sent: the operation, the reference PayKKa knows it
 * by, a digest of the request, the time, and what a later query needs to decide whether it happened (the amount;
 * for a capture or a void, the order's balances before it).
 *
 * <p>The factories ({@link #initiate}, {@link #capture}, ...) take the command the port was given and compute the
 * digest with {@link RequestDigest#of}.
 */
public sealed interface JournalIntent {
  /** The longest digest a journal must store. */
  int MAX_DIGEST_LENGTH = 100;

  /** The operation: {@code INITIATE}, {@code CAPTURE}, {@code VOID}, {@code REFUND} or {@code CHECKOUT_CREATE}. */
  Operation operation();

  /** The identifier PayKKa knows the call's result by ({@code trans_id}, {@code order_id}, {@code refund_trans_id}). */
  String reference();

  /** The digest of the request, see {@link RequestDigest}. */
  String requestDigest();

  /** When the intent was recorded, by the caller's clock. */
  Instant recordedAt();

  /** The intent of {@code PaymentGateway.initiate(request)} at {@code at}. */
  static Initiate initiate(PaymentRequest request, Instant at) {
    requireNonNull(request, "request == null");
    return new Initiate(request.transId(), request.amount(), RequestDigest.of(request), at);
  }

  /**
   * The intent of {@code PaymentGateway.capture(command)} at {@code at}.
   *
   * @param before the order's balances before the capture: the command's, or what a query answered just before
   */
  static Capture capture(CaptureCommand command, Balances before, Instant at) {
    requireNonNull(command, "command == null");
    // a capture of the rest takes what was capturable before it
    return new Capture(command.orderId(), command.amount().getOrElse(before::uncaptured), command.isFinal(), before,
        RequestDigest.of(command), at);
  }

  /**
   * The intent of {@code PaymentGateway.voidPayment(command)} at {@code at}.
   *
   * @param before the order's balances before the void: the command's, or what a query answered just before
   */
  static VoidPayment voidPayment(VoidCommand command, Balances before, Instant at) {
    requireNonNull(command, "command == null");
    return new VoidPayment(command.orderId(), before, RequestDigest.of(command), at);
  }

  /** The intent of {@code RefundGateway.refund(command)} at {@code at}. */
  static RefundPayment refund(RefundCommand command, Instant at) {
    requireNonNull(command, "command == null");
    return new RefundPayment(command.refundTransId(), command.originalOrderId(), command.amount(),
        RequestDigest.of(command), at);
  }

  /** The intent of {@code CheckoutSessionGateway.create(request)} at {@code at}. */
  static CreateCheckout createCheckout(CheckoutSessionRequest request, Instant at) {
    requireNonNull(request, "request == null");
    return new CreateCheckout(request.transId(), request.amount(), RequestDigest.of(request), at);
  }

  /**
   * A payment is about to be initiated: afterwards PayKKa has an order for {@code transId}, or none.
   *
   * @param transId the merchant's order number
   * @param amount the amount of the payment
   */
  record Initiate(TransId transId, Money amount, String requestDigest, Instant recordedAt) implements JournalIntent {
    /** Checks the arguments. */
    public Initiate {
      requireNonNull(transId, "transId == null");
      requireNonNull(amount, "amount == null");
      checkDigest(requestDigest);
      requireNonNull(recordedAt, "recordedAt == null");
    }

    @Override
    public Operation operation() {
      return Operation.INITIATE;
    }

    @Override
    public String reference() {
      return transId.value();
    }
  }

  /**
   * A capture is about to be sent: afterwards the order's captured balance has grown by {@code amount}, or not at all.
   *
   * @param orderId the order
   * @param amount the amount to capture
   * @param isFinal whether it is the final capture
   * @param before the order's balances before the capture, in the amount's currency
   */
  record Capture(OrderId orderId, Money amount, boolean isFinal, Balances before, String requestDigest,
      Instant recordedAt) implements JournalIntent {
    /**
     * Checks the arguments.
     *
     * @throws IllegalArgumentException if the balances are in another currency than the amount
     */
    public Capture {
      requireNonNull(orderId, "orderId == null");
      requireNonNull(amount, "amount == null");
      requireNonNull(before, "before == null");
      if (!before.currency().equals(amount.currency())) {
        throw new IllegalArgumentException("balances in " + before.currency() + ", capture in " + amount.currency());
      }
      checkDigest(requestDigest);
      requireNonNull(recordedAt, "recordedAt == null");
    }

    @Override
    public Operation operation() {
      return Operation.CAPTURE;
    }

    @Override
    public String reference() {
      return orderId.value();
    }
  }

  /**
   * A void is about to be sent: afterwards the order's voided balance has grown by what was uncaptured, or not at
   * all.
   *
   * @param orderId the order
   * @param before the order's balances before the void
   */
  record VoidPayment(OrderId orderId, Balances before, String requestDigest, Instant recordedAt)
      implements JournalIntent {
    /** Checks the arguments. */
    public VoidPayment {
      requireNonNull(orderId, "orderId == null");
      requireNonNull(before, "before == null");
      checkDigest(requestDigest);
      requireNonNull(recordedAt, "recordedAt == null");
    }

    @Override
    public Operation operation() {
      return Operation.VOID;
    }

    @Override
    public String reference() {
      return orderId.value();
    }
  }

  /**
   * A refund is about to be sent: afterwards PayKKa has a refund for {@code refundTransId}, or none.
   *
   * @param refundTransId the merchant's refund number
   * @param originalOrderId the order refunded
   * @param amount the amount to refund
   */
  record RefundPayment(RefundTransId refundTransId, OrderId originalOrderId, Money amount, String requestDigest,
      Instant recordedAt) implements JournalIntent {
    /** Checks the arguments. */
    public RefundPayment {
      requireNonNull(refundTransId, "refundTransId == null");
      requireNonNull(originalOrderId, "originalOrderId == null");
      requireNonNull(amount, "amount == null");
      checkDigest(requestDigest);
      requireNonNull(recordedAt, "recordedAt == null");
    }

    @Override
    public Operation operation() {
      return Operation.REFUND;
    }

    @Override
    public String reference() {
      return refundTransId.value();
    }
  }

  /**
   * A checkout session is about to be created: afterwards PayKKa has a session for {@code transId}, or none.
   *
   * @param transId the merchant's order number
   * @param amount what the shopper is to pay
   */
  record CreateCheckout(TransId transId, Money amount, String requestDigest, Instant recordedAt)
      implements JournalIntent {
    /** Checks the arguments. */
    public CreateCheckout {
      requireNonNull(transId, "transId == null");
      requireNonNull(amount, "amount == null");
      checkDigest(requestDigest);
      requireNonNull(recordedAt, "recordedAt == null");
    }

    @Override
    public Operation operation() {
      return Operation.CHECKOUT_CREATE;
    }

    @Override
    public String reference() {
      return transId.value();
    }
  }

  private static void checkDigest(String digest) {
    requireNonNull(digest, "requestDigest == null");
    if (digest.isBlank() || digest.length() > MAX_DIGEST_LENGTH) {
      throw new IllegalArgumentException("requestDigest must be 1.." + MAX_DIGEST_LENGTH + " characters");
    }
  }
}
