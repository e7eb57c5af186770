package io.github.paykka.http.internal;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.paykka.domain.checkout.CheckoutSession;
import io.github.paykka.domain.id.CardToken;
import io.github.paykka.domain.id.MerchantId;
import io.github.paykka.domain.id.RecurringAgreementId;
import io.github.paykka.domain.id.ShopperReference;
import io.github.paykka.domain.order.Balances;
import io.github.paykka.domain.order.OrderStatus;
import io.github.paykka.domain.refund.Refund;
import io.github.paykka.domain.request.ApplePaySessionRequest;
import io.github.paykka.domain.request.CheckoutSessionRequest;
import io.github.paykka.domain.request.PaymentRequest;
import io.github.paykka.domain.token.StoredCardToken;
import io.github.paykka.http.internal.Engine.Kind;
import io.github.paykka.http.internal.Engine.Reconciled;
import io.github.paykka.http.internal.Engine.Spec;
import io.github.paykka.ports.Accepted;
import io.github.paykka.ports.GatewayFailure;
import io.github.paykka.ports.applepay.ApplePayMerchantSession;
import io.github.paykka.ports.checkout.SessionLookup;
import io.github.paykka.ports.payment.CaptureCommand;
import io.github.paykka.ports.payment.PaymentLookup;
import io.github.paykka.ports.payment.PaymentResult;
import io.github.paykka.ports.payment.VoidCommand;
import io.github.paykka.ports.refund.RefundCommand;
import io.github.paykka.ports.refund.RefundLookup;
import io.github.paykka.wire.error.ErrorCatalog;
import io.github.paykka.wire.mapping.WireMapper;
import io.github.paykka.wire.message.ApplePaySessionRespDto;
import io.github.paykka.wire.message.Envelope;
import io.github.paykka.wire.message.PaymentsQueryRespDto;
import io.github.paykka.wire.message.PaymentsRespDto;
import io.github.paykka.wire.message.QueryTokenRespDto;
import io.github.paykka.wire.message.RefundRespDto;
import io.github.paykka.wire.message.SessionQueryRespDto;
import io.github.paykka.wire.message.SessionRespDto;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/**
 * Every operation of the driven ports as an asynchronous call through the {@link Engine}: what is sent, how the answer
 * maps, and how a money-moving call finds out what happened after an ambiguous failure.
 */
public final class Operations {
  static final String INITIATE = "payments.initiate";
  static final String QUERY = "payments.query";
  static final String CAPTURE = "payments.capture";
  static final String VOID = "payments.void";
  static final String REFUND = "refunds.refund";
  static final String REFUND_QUERY = "refunds.query";
  static final String TOKENS = "tokens.list";
  static final String TOKEN_REMOVE = "tokens.remove";
  static final String RECURRING_CANCEL = "recurring.cancel";
  static final String SESSION_CREATE = "checkout.create";
  static final String SESSION_QUERY = "checkout.query";
  static final String APPLE_PAY = "applepay.createSession";

  private static final Endpoint<PaymentsRespDto> E_INITIATE =
      Endpoint.of(INITIATE, PaykkaApi::initiate, PaymentsRespDto.class);
  private static final Endpoint<PaymentsQueryRespDto> E_QUERY =
      Endpoint.of(QUERY, PaykkaApi::query, PaymentsQueryRespDto.class);
  private static final Endpoint<JsonNode> E_CAPTURE = Endpoint.of(CAPTURE, PaykkaApi::capture, JsonNode.class);
  private static final Endpoint<JsonNode> E_VOID = Endpoint.of(VOID, PaykkaApi::voidPayment, JsonNode.class);
  private static final Endpoint<RefundRespDto> E_REFUND = Endpoint.of(REFUND, PaykkaApi::refund, RefundRespDto.class);
  private static final Endpoint<RefundRespDto> E_REFUND_QUERY =
      Endpoint.of(REFUND_QUERY, PaykkaApi::refundQuery, RefundRespDto.class);
  private static final Endpoint<List<QueryTokenRespDto>> E_TOKENS =
      new Endpoint<>(TOKENS, PaykkaApi::tokenQuery, (c, b) -> c.decodeEnvelopeList(b, QueryTokenRespDto.class));
  private static final Endpoint<JsonNode> E_TOKEN_REMOVE =
      Endpoint.of(TOKEN_REMOVE, PaykkaApi::tokenRemove, JsonNode.class);
  private static final Endpoint<JsonNode> E_RECURRING_CANCEL =
      Endpoint.of(RECURRING_CANCEL, PaykkaApi::recurringCancel, JsonNode.class);
  private static final Endpoint<SessionRespDto> E_SESSION_CREATE =
      Endpoint.of(SESSION_CREATE, PaykkaApi::sessionCreate, SessionRespDto.class);
  private static final Endpoint<SessionQueryRespDto> E_SESSION_QUERY =
      Endpoint.of(SESSION_QUERY, PaykkaApi::sessionQuery, SessionQueryRespDto.class);
  private static final Endpoint<ApplePaySessionRespDto> E_APPLE_PAY =
      Endpoint.of(APPLE_PAY, PaykkaApi::applePaySession, ApplePaySessionRespDto.class);

  private final Engine engine;
  private final MerchantId merchantId;
  private final String merchant;
  private final WireMapper mapper = WireMapper.create();
  private final ErrorCatalog catalog = ErrorCatalog.standard();

  public Operations(Engine engine, MerchantId merchantId) {
    this.engine = requireNonNull(engine, "engine == null");
    this.merchantId = requireNonNull(merchantId, "merchantId == null");
    this.merchant = merchantId.value();
  }

  // ---- payments ----

  public CompletableFuture<Either<GatewayFailure, PaymentResult>> initiate(PaymentRequest request, long deadline) {
    requireNonNull(request, "request == null");
    String ref = request.transId().value();
    var errors = Revalidation.payment(request);
    if (errors.isDefined()) return done(new GatewayFailure.Invalid(INITIATE, ref, errors.get()));
    return engine.run(new Spec<>(INITIATE, ref, Kind.RECONCILE, E_INITIATE,
        ts -> mapper.initiate(merchantId, ts, request),
        (env, attempts) -> {
          if (env.data() == null) return unknown(INITIATE, ref, attempts, "answer without data");
          return mapper.paymentResult(env.data())
              .<Either<GatewayFailure, PaymentResult>>fold(
                  e -> unknown(INITIATE, ref, attempts, "answer not mappable: " + e.describe()),
                  r -> asInitiated(r, ref, attempts));
        },
        (attempts, deadlineNanos) -> query(PaymentLookup.byTransId(request.transId()), deadlineNanos)
            .thenApply(q -> {
              if (q.isRight()) return new Reconciled.Done<>(asInitiated(q.get(), ref, attempts));
              return notFound(q.getLeft()) ? new Reconciled.Resend<>() : unknownReason(q.getLeft());
            })), deadline);
  }

  public CompletableFuture<Either<GatewayFailure, PaymentResult>> query(PaymentLookup lookup, long deadline) {
    requireNonNull(lookup, "lookup == null");
    String ref = lookup.reference();
    return engine.run(Spec.of(QUERY, ref, Kind.SAFE, E_QUERY, ts -> mapper.query(merchantId, ts, lookup),
        (env, attempts) -> {
          if (env.data() == null) return unknown(QUERY, ref, attempts, "answer without data");
          return mapper.paymentResult(env.data())
              .mapLeft(e -> (GatewayFailure) new GatewayFailure.OutcomeUnknown(QUERY, ref, attempts,
                  "answer not mappable: " + e.describe(), 200));
        }), deadline);
  }

  public CompletableFuture<Either<GatewayFailure, Accepted>> capture(CaptureCommand command, long deadline) {
    requireNonNull(command, "command == null");
    return withBalances(command.orderId(), command.balancesBefore(), deadline,
        before -> captureWith(command, before, deadline));
  }

  private CompletableFuture<Either<GatewayFailure, Accepted>> captureWith(
      CaptureCommand command, Balances before, long deadline) {
    String ref = command.orderId().value();
    return engine.run(new Spec<>(CAPTURE, ref, Kind.RECONCILE, E_CAPTURE,
        ts -> mapper.capture(merchantId, ts, command),
        (env, attempts) -> Either.right(new Accepted(CAPTURE, ref)),
        (attempts, d) -> query(PaymentLookup.byOrderId(command.orderId()), d).thenApply(q -> {
          if (q.isLeft()) return unknownReason(q.getLeft());
          Balances after = q.get().order().balances();
          long was = before.captured().minorUnits();
          long now = after.captured().minorUnits();
          // a capture of the rest takes what was capturable before it; nothing capturable is never "done"
          long wanted = command.amount().map(a -> a.minorUnits()).getOrElse(() -> before.uncaptured().minorUnits());
          if (wanted > 0 && now >= was + wanted) {
            return new Reconciled.Done<>(Either.right(new Accepted(CAPTURE, ref)));
          }
          if (now == was && q.get().order().status() == OrderStatus.AUTHORIZED) return new Reconciled.Resend<>();
          return new Reconciled.Unknown<>("captured amount moved by a different amount than this capture");
        })), deadline);
  }

  public CompletableFuture<Either<GatewayFailure, Accepted>> voidPayment(VoidCommand command, long deadline) {
    requireNonNull(command, "command == null");
    return withBalances(command.orderId(), command.balancesBefore(), deadline,
        before -> voidWith(command, before, deadline));
  }

  private CompletableFuture<Either<GatewayFailure, Accepted>> voidWith(
      VoidCommand command, Balances before, long deadline) {
    String ref = command.orderId().value();
    return engine.run(new Spec<>(VOID, ref, Kind.RECONCILE, E_VOID,
        ts -> mapper.voidPayment(merchantId, ts, command),
        (env, attempts) -> Either.right(new Accepted(VOID, ref)),
        (attempts, d) -> query(PaymentLookup.byOrderId(command.orderId()), d).thenApply(q -> {
          if (q.isLeft()) return unknownReason(q.getLeft());
          OrderStatus status = q.get().order().status();
          long was = before.voided().minorUnits();
          long now = q.get().order().balances().voided().minorUnits();
          if (now > was || status == OrderStatus.CANCELED || status == OrderStatus.PARTIALLY_REVERSED) {
            return new Reconciled.Done<>(Either.right(new Accepted(VOID, ref)));
          }
          if (status == OrderStatus.AUTHORIZED) return new Reconciled.Resend<>();
          return new Reconciled.Unknown<>("order is " + status + " and shows no void");
        })), deadline);
  }

  /** Runs {@code then} with the balances the caller gave, or, without them, with the balances PayKKa reports now. */
  private CompletableFuture<Either<GatewayFailure, Accepted>> withBalances(
      io.github.paykka.domain.id.OrderId orderId, Option<Balances> known, long deadline,
      java.util.function.Function<Balances, CompletableFuture<Either<GatewayFailure, Accepted>>> then) {
    if (known.isDefined()) return then.apply(known.get());
    // without the balances from before, an ambiguous failure could not be told apart from success later
    return query(PaymentLookup.byOrderId(orderId), deadline)
        .thenCompose(q -> q.isLeft() ? done(q.getLeft()) : then.apply(q.get().order().balances()));
  }

  // ---- refunds ----

  public CompletableFuture<Either<GatewayFailure, Refund>> refund(RefundCommand command, long deadline) {
    requireNonNull(command, "command == null");
    String ref = command.refundTransId().value();
    return engine.run(new Spec<>(REFUND, ref, Kind.RECONCILE, E_REFUND,
        ts -> mapper.refund(merchantId, ts, command),
        (env, attempts) -> refundOf(REFUND, ref, env, attempts),
        (attempts, d) -> refundQuery(RefundLookup.byRefundTransId(command.refundTransId()), d).thenApply(q -> {
          if (q.isRight()) return new Reconciled.Done<>(q);
          return notFound(q.getLeft()) ? new Reconciled.Resend<>() : unknownReason(q.getLeft());
        })), deadline);
  }

  public CompletableFuture<Either<GatewayFailure, Refund>> refundQuery(RefundLookup lookup, long deadline) {
    requireNonNull(lookup, "lookup == null");
    String ref = lookup.reference();
    return engine.run(Spec.of(REFUND_QUERY, ref, Kind.SAFE, E_REFUND_QUERY,
        ts -> mapper.refundQuery(merchantId, ts, lookup), (env, attempts) -> refundOf(REFUND_QUERY, ref, env, attempts)),
        deadline);
  }

  private Either<GatewayFailure, Refund> refundOf(String op, String ref, Envelope<RefundRespDto> env, int attempts) {
    if (env.data() == null) return unknown(op, ref, attempts, "answer without data");
    return mapper.refund(env.data())
        .mapLeft(e -> new GatewayFailure.OutcomeUnknown(op, ref, attempts, "answer not mappable: " + e.describe(), 200));
  }

  // ---- tokens, recurring ----

  public CompletableFuture<Either<GatewayFailure, List<StoredCardToken>>> tokens(
      ShopperReference shopper, long deadline) {
    requireNonNull(shopper, "shopper == null");
    String ref = shopper.value();
    return engine.run(Spec.of(TOKENS, ref, Kind.SAFE, E_TOKENS,
        ts -> mapper.tokenQuery(merchantId, ts, shopper),
        (env, attempts) -> mapper.storedTokens(env.data() == null ? List.of() : env.data(), shopper)
            .mapLeft(e -> new GatewayFailure.OutcomeUnknown(TOKENS, ref, attempts,
                "answer not mappable: " + e.describe(), 200))),
        deadline);
  }

  public CompletableFuture<Either<GatewayFailure, Accepted>> removeToken(
      CardToken token, ShopperReference shopper, long deadline) {
    requireNonNull(token, "token == null");
    requireNonNull(shopper, "shopper == null");
    String ref = token.value();
    return engine.run(Spec.of(TOKEN_REMOVE, ref, Kind.ONCE, E_TOKEN_REMOVE,
        ts -> mapper.tokenRemove(merchantId, ts, token, shopper),
        (env, attempts) -> Either.right(new Accepted(TOKEN_REMOVE, ref))), deadline);
  }

  public CompletableFuture<Either<GatewayFailure, Accepted>> cancelAgreement(
      RecurringAgreementId agreement, ShopperReference shopper, long deadline) {
    requireNonNull(agreement, "agreement == null");
    requireNonNull(shopper, "shopper == null");
    String ref = agreement.value();
    return engine.run(Spec.of(RECURRING_CANCEL, ref, Kind.ONCE, E_RECURRING_CANCEL,
        ts -> mapper.recurringCancel(merchantId, ts, agreement, shopper),
        (env, attempts) -> Either.right(new Accepted(RECURRING_CANCEL, ref))), deadline);
  }

  // ---- checkout sessions, Apple Pay ----

  public CompletableFuture<Either<GatewayFailure, CheckoutSession>> createSession(
      CheckoutSessionRequest request, long deadline) {
    requireNonNull(request, "request == null");
    String ref = request.transId().value();
    var errors = Revalidation.session(request);
    if (errors.isDefined()) return done(new GatewayFailure.Invalid(SESSION_CREATE, ref, errors.get()));
    return engine.run(new Spec<>(SESSION_CREATE, ref, Kind.RECONCILE, E_SESSION_CREATE,
        ts -> mapper.checkoutSession(merchantId, ts, request),
        (env, attempts) -> {
          SessionRespDto d = env.data();
          if (d == null) return unknown(SESSION_CREATE, ref, attempts, "answer without data");
          return mapper.checkoutSession(d).mapLeft(e -> new GatewayFailure.OutcomeUnknown(SESSION_CREATE, ref,
              attempts, "answer not mappable: " + e.describe(), 200));
        },
        (attempts, d) -> querySession(SessionLookup.byTransId(request.transId()), d).thenApply(q -> {
          if (q.isRight()) return new Reconciled.Done<>(q);
          GatewayFailure f = q.getLeft();
          boolean missing = notFound(f) || (f instanceof GatewayFailure.Rejected r && r.retCode().equals("206011"));
          return missing ? new Reconciled.Resend<>() : unknownReason(f);
        })), deadline);
  }

  public CompletableFuture<Either<GatewayFailure, CheckoutSession>> querySession(SessionLookup lookup, long deadline) {
    requireNonNull(lookup, "lookup == null");
    String ref = lookup.reference();
    return engine.run(Spec.of(SESSION_QUERY, ref, Kind.SAFE, E_SESSION_QUERY,
        ts -> mapper.sessionQuery(merchantId, ts, lookup),
        (env, attempts) -> {
          SessionQueryRespDto d = env.data();
          if (d == null) return unknown(SESSION_QUERY, ref, attempts, "answer without data");
          return mapper.checkoutSession(d).mapLeft(e -> new GatewayFailure.OutcomeUnknown(SESSION_QUERY, ref,
              attempts, "answer not mappable: " + e.describe(), 200));
        }), deadline);
  }

  public CompletableFuture<Either<GatewayFailure, ApplePayMerchantSession>> applePaySession(
      ApplePaySessionRequest request, long deadline) {
    requireNonNull(request, "request == null");
    String ref = request.domainName();
    var errors = Revalidation.applePay(request);
    if (errors.isDefined()) return done(new GatewayFailure.Invalid(APPLE_PAY, ref, errors.get()));
    // a merchant session moves no money and expires by itself: safe to ask again
    return engine.run(Spec.of(APPLE_PAY, ref, Kind.SAFE, E_APPLE_PAY,
        ts -> mapper.applePaySession(merchantId, ts, request),
        (env, attempts) -> env.data() == null
            ? unknown(APPLE_PAY, ref, attempts, "answer without data")
            : mapper.applePayMerchantSession(env.data()).mapLeft(e -> new GatewayFailure.OutcomeUnknown(APPLE_PAY,
                ref, attempts, "answer not mappable: " + e.describe(), 200))), deadline);
  }

  // ---- helpers ----

  private Either<GatewayFailure, PaymentResult> asInitiated(PaymentResult r, String ref, int attempts) {
    if (r.order().status() != OrderStatus.FAILURE) return Either.right(r);
    return Either.left(new GatewayFailure.Declined(INITIATE, ref, attempts, r.errorCode().getOrElse(""),
        r.errorDescription().getOrElse(""), Option.some(r.order().orderId().value())));
  }

  private boolean notFound(GatewayFailure f) {
    return f instanceof GatewayFailure.Rejected r && catalog.isOrderNotFound(r.retCode());
  }

  private static <R> Reconciled<R> unknownReason(GatewayFailure f) {
    return new Reconciled.Unknown<>("query failed: " + f.getClass().getSimpleName());
  }

  private static <T> Either<GatewayFailure, T> unknown(String op, String ref, int attempts, String reason) {
    return Either.left(new GatewayFailure.OutcomeUnknown(op, ref, attempts, reason, 200));
  }

  private static <T> CompletableFuture<Either<GatewayFailure, T>> done(GatewayFailure f) {
    return CompletableFuture.completedFuture(Either.left(f));
  }

  @Override
  public String toString() {
    return "Operations[" + merchant + "]";
  }
}
