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
import io.github.paykka.wire.WireCodec;
import io.github.paykka.wire.WireError;
import io.github.paykka.wire.error.ErrorCatalog;
import io.github.paykka.wire.mapping.MappingError;
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
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * Every operation of the driven ports as an asynchronous call through the {@link Engine}: what is sent, how the answer
 * is bound to the request and maps, and how a money-moving call finds out what happened after an ambiguous failure.
 *
 * <p>Binding: the identifiers an answer carries ({@code trans_id}, {@code order_id}, {@code refund_trans_id},
 * {@code refund_order_id}, {@code session_id}, {@code token}, {@code recurring_agreement_id}), its {@code merchant_id}
 * and, for an initiate or a checkout session, its {@code amount} and {@code currency} must be those asked for; a
 * reconciliation's query is bound the same way, and an order it finds must have the amount the call asked for.
 * A status this version does not know is {@code UnknownStatus}, neither a success nor a decline.
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
      new Endpoint<>(APPLE_PAY, PaykkaApi::applePaySession, WireCodec::decodeApplePaySession);

  private final Engine engine;
  private final MerchantId merchantId;
  private final String merchant;
  private final WireMapper mapper = WireMapper.create();
  private final WireCodec codec = WireCodec.create();
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
    long amount = request.amount().minorUnits();
    String currency = request.amount().currency().code();
    return engine.run(new Spec<>(INITIATE, ref, Kind.RECONCILE, E_INITIATE,
        ts -> mapper.initiate(merchantId, ts, request),
        d -> d == null ? null : Bindings.first(Bindings.same("$.trans_id", d.transId(), ref), merchant(d.merchantId()),
            Bindings.same("$.amount", d.amount(), amount), Bindings.sameIgnoringCase("$.currency", d.currency(), currency)),
        (env, attempts) -> {
          PaymentsRespDto d = env.data();
          if (d == null) return unknown(INITIATE, ref, attempts, "answer without data");
          return mapper.paymentResult(d)
              .<Either<GatewayFailure, PaymentResult>>fold(
                  e -> Either.left(unreadable(INITIATE, ref, attempts, e, d.orderId())),
                  r -> asInitiated(r, ref, attempts));
        },
        (attempts, deadlineNanos, fresh) -> query(PaymentLookup.byTransId(request.transId()), deadlineNanos, fresh)
            .thenApply(q -> {
              if (q.isRight()) {
                // PayKKa's order under this trans_id must be the payment asked for, not another one under the same id
                if (!q.get().order().amount().equals(request.amount())) {
                  return new Reconciled.Unknown<>("the order of " + ref + " is for " + q.get().order().amount()
                      + ", not the " + request.amount() + " asked");
                }
                return new Reconciled.Done<>(asInitiated(q.get(), ref, attempts));
              }
              if (q.getLeft() instanceof GatewayFailure.UnknownStatus u) {
                return new Reconciled.Done<>(Either.left(
                    new GatewayFailure.UnknownStatus(INITIATE, ref, attempts, u.status(), u.orderId())));
              }
              return notFound(q.getLeft()) ? new Reconciled.Resend<>() : unknownReason(q.getLeft());
            })), deadline);
  }

  public CompletableFuture<Either<GatewayFailure, PaymentResult>> query(PaymentLookup lookup, long deadline) {
    return query(lookup, deadline, false);
  }

  /** {@link #query(PaymentLookup, long)}, every request on a fresh connection if {@code fresh}. */
  CompletableFuture<Either<GatewayFailure, PaymentResult>> query(PaymentLookup lookup, long deadline, boolean fresh) {
    requireNonNull(lookup, "lookup == null");
    String ref = lookup.reference();
    Function<PaymentsQueryRespDto, @Nullable String> asked;
    if (lookup instanceof PaymentLookup.ByTransId t) {
      asked = d -> Bindings.same("$.trans_id", d.transId(), t.transId().value());
    } else if (lookup instanceof PaymentLookup.ByOrderId o) {
      asked = d -> Bindings.same("$.order_id", d.orderId(), o.orderId().value());
    } else {
      String session = ((PaymentLookup.BySessionId) lookup).sessionId().value();
      asked = d -> Bindings.same("$.session_id", d.sessionId(), session);
    }
    return engine.run(Spec.of(QUERY, ref, Kind.SAFE, E_QUERY, ts -> mapper.query(merchantId, ts, lookup),
        d -> d == null ? null : Bindings.first(asked.apply(d), merchant(d.merchantId())),
        (env, attempts) -> {
          PaymentsQueryRespDto d = env.data();
          if (d == null) return unknown(QUERY, ref, attempts, "answer without data");
          return mapper.paymentResult(d).mapLeft(e -> unreadable(QUERY, ref, attempts, e, d.orderId()));
        }), deadline, fresh);
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
        d -> orderBinding(d, ref),
        (env, attempts) -> Either.right(new Accepted(CAPTURE, ref)),
        (attempts, d, fresh) -> query(PaymentLookup.byOrderId(command.orderId()), d, fresh).thenApply(q -> {
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
        d -> orderBinding(d, ref),
        (env, attempts) -> Either.right(new Accepted(VOID, ref)),
        (attempts, d, fresh) -> query(PaymentLookup.byOrderId(command.orderId()), d, fresh).thenApply(q -> {
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

  /** A capture or void answer's data, when it has any, is about the order and merchant asked for. */
  private @Nullable String orderBinding(@Nullable JsonNode d, String orderId) {
    return Bindings.first(Bindings.same("$.order_id", Bindings.text(d, "order_id"), orderId),
        merchant(Bindings.text(d, "merchant_id")));
  }

  // ---- refunds ----

  public CompletableFuture<Either<GatewayFailure, Refund>> refund(RefundCommand command, long deadline) {
    requireNonNull(command, "command == null");
    String ref = command.refundTransId().value();
    return engine.run(new Spec<>(REFUND, ref, Kind.RECONCILE, E_REFUND,
        ts -> mapper.refund(merchantId, ts, command),
        d -> d == null ? null
            : Bindings.first(Bindings.same("$.refund_trans_id", d.refundTransId(), ref), merchant(d.merchantId())),
        (env, attempts) -> refundOf(REFUND, ref, env, attempts),
        (attempts, d, fresh) -> refundQuery(RefundLookup.byRefundTransId(command.refundTransId()), d, fresh)
            .thenApply(q -> {
              if (q.isRight()) return new Reconciled.Done<>(q);
              if (q.getLeft() instanceof GatewayFailure.UnknownStatus u) {
                return new Reconciled.Done<>(Either.left(
                    new GatewayFailure.UnknownStatus(REFUND, ref, attempts, u.status(), u.orderId())));
              }
              return notFound(q.getLeft()) ? new Reconciled.Resend<>() : unknownReason(q.getLeft());
            })), deadline);
  }

  public CompletableFuture<Either<GatewayFailure, Refund>> refundQuery(RefundLookup lookup, long deadline) {
    return refundQuery(lookup, deadline, false);
  }

  private CompletableFuture<Either<GatewayFailure, Refund>> refundQuery(
      RefundLookup lookup, long deadline, boolean fresh) {
    requireNonNull(lookup, "lookup == null");
    String ref = lookup.reference();
    Function<RefundRespDto, @Nullable String> asked = lookup instanceof RefundLookup.ByRefundTransId t
        ? d -> Bindings.same("$.refund_trans_id", d.refundTransId(), t.refundTransId().value())
        : d -> Bindings.same("$.refund_order_id", d.refundOrderId(),
            ((RefundLookup.ByRefundOrderId) lookup).refundOrderId().value());
    return engine.run(Spec.of(REFUND_QUERY, ref, Kind.SAFE, E_REFUND_QUERY,
        ts -> mapper.refundQuery(merchantId, ts, lookup),
        d -> d == null ? null : Bindings.first(asked.apply(d), merchant(d.merchantId())),
        (env, attempts) -> refundOf(REFUND_QUERY, ref, env, attempts)), deadline, fresh);
  }

  private Either<GatewayFailure, Refund> refundOf(String op, String ref, Envelope<RefundRespDto> env, int attempts) {
    RefundRespDto d = env.data();
    if (d == null) return unknown(op, ref, attempts, "answer without data");
    return mapper.refund(d).mapLeft(e -> unreadable(op, ref, attempts, e, d.refundOrderId()));
  }

  // ---- tokens, recurring ----

  public CompletableFuture<Either<GatewayFailure, List<StoredCardToken>>> tokens(
      ShopperReference shopper, long deadline) {
    requireNonNull(shopper, "shopper == null");
    String ref = shopper.value();
    // the items carry no shopper or merchant to compare
    return engine.run(Spec.of(TOKENS, ref, Kind.SAFE, E_TOKENS,
        ts -> mapper.tokenQuery(merchantId, ts, shopper), Engine.Binding.none(),
        (env, attempts) -> mapper.storedTokens(env.data() == null ? List.of() : env.data(), shopper)
            .mapLeft(e -> unreadable(TOKENS, ref, attempts, e, null))),
        deadline);
  }

  public CompletableFuture<Either<GatewayFailure, Accepted>> removeToken(
      CardToken token, ShopperReference shopper, long deadline) {
    requireNonNull(token, "token == null");
    requireNonNull(shopper, "shopper == null");
    String ref = token.value();
    return engine.run(Spec.of(TOKEN_REMOVE, ref, Kind.ONCE, E_TOKEN_REMOVE,
        ts -> mapper.tokenRemove(merchantId, ts, token, shopper),
        d -> Bindings.first(Bindings.same("$.token", Bindings.text(d, "token"), ref),
            Bindings.same("$.shopper_reference", Bindings.text(d, "shopper_reference"), shopper.value()),
            merchant(Bindings.text(d, "merchant_id"))),
        (env, attempts) -> Either.right(new Accepted(TOKEN_REMOVE, ref))), deadline);
  }

  public CompletableFuture<Either<GatewayFailure, Accepted>> cancelAgreement(
      RecurringAgreementId agreement, ShopperReference shopper, long deadline) {
    requireNonNull(agreement, "agreement == null");
    requireNonNull(shopper, "shopper == null");
    String ref = agreement.value();
    return engine.run(Spec.of(RECURRING_CANCEL, ref, Kind.ONCE, E_RECURRING_CANCEL,
        ts -> mapper.recurringCancel(merchantId, ts, agreement, shopper),
        d -> Bindings.first(Bindings.same("$.recurring_agreement_id", Bindings.text(d, "recurring_agreement_id"), ref),
            Bindings.same("$.shopper_reference", Bindings.text(d, "shopper_reference"), shopper.value()),
            merchant(Bindings.text(d, "merchant_id"))),
        (env, attempts) -> Either.right(new Accepted(RECURRING_CANCEL, ref))), deadline);
  }

  // ---- checkout sessions, Apple Pay ----

  public CompletableFuture<Either<GatewayFailure, CheckoutSession>> createSession(
      CheckoutSessionRequest request, long deadline) {
    requireNonNull(request, "request == null");
    String ref = request.transId().value();
    var errors = Revalidation.session(request);
    if (errors.isDefined()) return done(new GatewayFailure.Invalid(SESSION_CREATE, ref, errors.get()));
    long amount = request.amount().minorUnits();
    String currency = request.amount().currency().code();
    return engine.run(new Spec<>(SESSION_CREATE, ref, Kind.RECONCILE, E_SESSION_CREATE,
        ts -> mapper.checkoutSession(merchantId, ts, request),
        d -> d == null ? null : Bindings.first(Bindings.same("$.trans_id", d.transId(), ref), merchant(d.merchantId()),
            Bindings.same("$.amount", d.amount(), amount), Bindings.sameIgnoringCase("$.currency", d.currency(), currency)),
        (env, attempts) -> {
          SessionRespDto d = env.data();
          if (d == null) return unknown(SESSION_CREATE, ref, attempts, "answer without data");
          return mapper.checkoutSession(d).mapLeft(e -> unreadable(SESSION_CREATE, ref, attempts, e, d.sessionId()));
        },
        (attempts, d, fresh) -> querySession(SessionLookup.byTransId(request.transId()), d, fresh).thenApply(q -> {
          if (q.isRight()) {
            if (!q.get().amount().equals(request.amount())) {
              return new Reconciled.Unknown<>("the session of " + ref + " is for " + q.get().amount()
                  + ", not the " + request.amount() + " asked");
            }
            return new Reconciled.Done<>(q);
          }
          GatewayFailure f = q.getLeft();
          if (f instanceof GatewayFailure.UnknownStatus u) {
            return new Reconciled.Done<>(Either.left(
                new GatewayFailure.UnknownStatus(SESSION_CREATE, ref, attempts, u.status(), u.orderId())));
          }
          boolean missing = notFound(f) || (f instanceof GatewayFailure.Rejected r && r.retCode().equals("206011"));
          return missing ? new Reconciled.Resend<>() : unknownReason(f);
        })), deadline);
  }

  public CompletableFuture<Either<GatewayFailure, CheckoutSession>> querySession(SessionLookup lookup, long deadline) {
    return querySession(lookup, deadline, false);
  }

  private CompletableFuture<Either<GatewayFailure, CheckoutSession>> querySession(
      SessionLookup lookup, long deadline, boolean fresh) {
    requireNonNull(lookup, "lookup == null");
    String ref = lookup.reference();
    Function<SessionQueryRespDto, @Nullable String> asked = lookup instanceof SessionLookup.BySessionId s
        ? d -> Bindings.same("$.session_id", d.sessionId(), s.sessionId().value())
        : d -> Bindings.same("$.trans_id", d.transId(), ((SessionLookup.ByTransId) lookup).transId().value());
    return engine.run(Spec.of(SESSION_QUERY, ref, Kind.SAFE, E_SESSION_QUERY,
        ts -> mapper.sessionQuery(merchantId, ts, lookup),
        d -> d == null ? null : Bindings.first(asked.apply(d), merchant(d.merchantId())),
        (env, attempts) -> {
          SessionQueryRespDto d = env.data();
          if (d == null) return unknown(SESSION_QUERY, ref, attempts, "answer without data");
          return mapper.checkoutSession(d).mapLeft(e -> unreadable(SESSION_QUERY, ref, attempts, e, d.sessionId()));
        }), deadline, fresh);
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
        // Apple's session object names the domain it was made for, in an object or in a bare string's JSON
        d -> d == null ? null
            : Bindings.sameIgnoringCase("$.data.domainName", Bindings.text(sessionObject(d), "domainName"), ref),
        (env, attempts) -> env.data() == null
            ? unknown(APPLE_PAY, ref, attempts, "answer without data")
            : mapper.applePayMerchantSession(env.data())
                .mapLeft(e -> unreadable(APPLE_PAY, ref, attempts, e, null))), deadline);
  }

  /** The merchant session as an object: {@code data} itself, or the JSON a bare string holds (else null). */
  private @Nullable JsonNode sessionObject(ApplePaySessionRespDto d) {
    JsonNode n = d.merchantSession();
    if (!n.isTextual()) return n;
    return codec.tree(n.textValue().getBytes(java.nio.charset.StandardCharsets.UTF_8)).getOrNull();
  }

  // ---- helpers ----

  private Either<GatewayFailure, PaymentResult> asInitiated(PaymentResult r, String ref, int attempts) {
    return r.asOutcomeOf(io.github.paykka.ports.Operation.INITIATE, ref, attempts);
  }


  /** The answer's {@code merchant_id}, when it has one, is this adapter's merchant. */
  private @Nullable String merchant(@Nullable String answered) {
    return Bindings.same("$.merchant_id", answered, merchant);
  }

  /**
   * An answer the mapper could not read: a status this version does not know is {@code UnknownStatus} (neither a
   * success nor a decline), anything else {@code OutcomeUnknown}.
   *
   * @param orderId PayKKa's id of what the answer is about ({@code GW...}, {@code RG...}, {@code CS...}), if any
   */
  static GatewayFailure unreadable(String op, String ref, int attempts, MappingError e, @Nullable String orderId) {
    if (e instanceof MappingError.UnknownStatus u) {
      Option<String> id = orderId == null || orderId.isBlank() ? Option.none() : Option.some(Bindings.printable(orderId));
      return new GatewayFailure.UnknownStatus(op, ref, attempts, u.status(), id);
    }
    return new GatewayFailure.OutcomeUnknown(op, ref, attempts, "answer not mappable: " + e.describe(), 200);
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
