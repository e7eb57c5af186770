package io.github.paykka.http;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.paykka.domain.checkout.CheckoutSession;
import io.github.paykka.domain.id.CardToken;
import io.github.paykka.domain.id.MerchantId;
import io.github.paykka.domain.id.OrderId;
import io.github.paykka.domain.id.RecurringAgreementId;
import io.github.paykka.domain.id.ShopperReference;
import io.github.paykka.domain.order.Balances;
import io.github.paykka.domain.order.OrderStatus;
import io.github.paykka.domain.refund.Refund;
import io.github.paykka.domain.request.ApplePaySessionRequest;
import io.github.paykka.domain.request.CheckoutSessionRequest;
import io.github.paykka.domain.request.PaymentRequest;
import io.github.paykka.domain.token.StoredCardToken;
import io.github.paykka.http.CallSpec.Binding;
import io.github.paykka.http.CallSpec.Reconciled;
import io.github.paykka.ports.Accepted;
import io.github.paykka.ports.GatewayFailure;
import io.github.paykka.ports.Operation;
import io.github.paykka.ports.applepay.ApplePayMerchantSession;
import io.github.paykka.ports.checkout.SessionLookup;
import io.github.paykka.ports.journal.JournalIntent;
import io.github.paykka.ports.payment.CaptureCommand;
import io.github.paykka.ports.payment.PaymentLookup;
import io.github.paykka.ports.payment.PaymentResult;
import io.github.paykka.ports.payment.VoidCommand;
import io.github.paykka.ports.refund.RefundCommand;
import io.github.paykka.ports.refund.RefundLookup;
import io.github.paykka.wire.WireCodec;
import io.github.paykka.wire.message.ApplePaySessionRespDto;
import io.github.paykka.wire.mapping.MappingError;
import io.github.paykka.wire.mapping.WireMapper;
import io.github.paykka.wire.message.PaymentsQueryRespDto;
import io.github.paykka.wire.message.PaymentsRespDto;
import io.github.paykka.wire.message.RefundRespDto;
import io.github.paykka.wire.message.SessionQueryRespDto;
import io.github.paykka.wire.message.SessionRespDto;
import io.github.paykka.wire.operation.WireOperation;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.function.BiFunction;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * Every operation of the driven ports as a {@link CallSpec} that {@link ResilientCalls} runs: the request the mapper
 * makes, how the answer is bound to the request and maps to the domain, and how a money-moving call finds out what
 * happened after an ambiguous failure (see the package documentation for the whole path of a request).
 *
 * <p>Binding: the identifiers an answer carries ({@code trans_id}, {@code order_id}, {@code refund_trans_id},
 * {@code refund_order_id}, {@code session_id}, {@code token}, {@code recurring_agreement_id}), its {@code merchant_id}
 * and, for an initiate or a checkout session, its {@code amount} and {@code currency} must be those asked for; a
 * reconciliation's query is bound the same way, and an order it finds must have the amount the call asked for.
 * A status this version does not know is {@code UnknownStatus}, neither a success nor a decline.
 */
final class PaykkaCalls {
  private final ResilientCalls calls;
  private final MerchantId merchantId;
  private final String merchant;
  private final WireMapper mapper = WireMapper.create();
  private final WireCodec codec = WireCodec.create();

  PaykkaCalls(ResilientCalls calls, MerchantId merchantId) {
    this.calls = requireNonNull(calls, "calls == null");
    this.merchantId = requireNonNull(merchantId, "merchantId == null");
    this.merchant = merchantId.value();
  }

  // ---- payments ----

  CompletableFuture<Either<GatewayFailure, PaymentResult>> initiate(PaymentRequest request, long deadline) {
    requireNonNull(request, "request == null");
    long start = System.nanoTime();
    String ref = request.transId().value();
    long amount = request.amount().minorUnits();
    String currency = request.amount().currency().code();
    return calls.run(new CallSpec<>(WireOperation.INITIATE, ref, ts -> mapper.initiate(merchantId, ts, request),
        d -> d == null ? null : Bindings.first(Bindings.same("$.trans_id", d.transId(), ref),
            merchant(d.merchantId()), Bindings.same("$.amount", d.amount(), amount),
            Bindings.sameIgnoringCase("$.currency", d.currency(), currency)),
        (env, attempts) -> {
          PaymentsRespDto d = env.data();
          if (d == null) return unknown(Operation.INITIATE, ref, attempts, "answer without data");
          return mapper.paymentResult(d)
              .<Either<GatewayFailure, PaymentResult>>fold(
                  e -> Either.left(unreadable(Operation.INITIATE, ref, attempts, e, d.orderId())),
                  r -> r.asOutcomeOf(Operation.INITIATE, ref, attempts));
        },
        (attempts, deadlineNanos, fresh) -> query(PaymentLookup.byTransId(request.transId()), deadlineNanos, fresh)
            .thenApply(q -> {
              if (q.isRight()) {
                // PayKKa's order under this trans_id must be the payment asked for, not another one under the same id
                if (!q.get().order().amount().equals(request.amount())) {
                  return new Reconciled.Unknown<>("the order of " + ref + " is for " + q.get().order().amount()
                      + ", not the " + request.amount() + " asked");
                }
                return new Reconciled.Done<>(q.get().asOutcomeOf(Operation.INITIATE, ref, attempts));
              }
              return afterFailedQuery(Operation.INITIATE, ref, attempts, q.getLeft());
            }),
        at -> JournalIntent.initiate(request, at), start), deadline);
  }

  CompletableFuture<Either<GatewayFailure, PaymentResult>> query(PaymentLookup lookup, long deadline) {
    return calls.run(querySpec(lookup).reportedFrom(System.nanoTime()), deadline);
  }

  /** A query the adapter makes on its own (reconciliation, balances before a capture); fresh: on a new connection. */
  private CompletableFuture<Either<GatewayFailure, PaymentResult>> query(
      PaymentLookup lookup, long deadline, boolean fresh) {
    return calls.run(querySpec(lookup), deadline, fresh);
  }

  private CallSpec<?, PaymentsQueryRespDto, PaymentResult> querySpec(PaymentLookup lookup) {
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
    return CallSpec.of(WireOperation.QUERY, ref, ts -> mapper.query(merchantId, ts, lookup),
        d -> d == null ? null : Bindings.first(asked.apply(d), merchant(d.merchantId())),
        (env, attempts) -> {
          PaymentsQueryRespDto d = env.data();
          if (d == null) return unknown(Operation.QUERY, ref, attempts, "answer without data");
          return mapper.paymentResult(d).mapLeft(e -> unreadable(Operation.QUERY, ref, attempts, e, d.orderId()));
        });
  }

  CompletableFuture<Either<GatewayFailure, Accepted>> capture(CaptureCommand command, long deadline) {
    requireNonNull(command, "command == null");
    long start = System.nanoTime();
    // PayKKa's balances, read first, never the caller's copy: a partial capture sends no notification, so a kept order
    // can be behind, and an ambiguous capture is judged by how far PayKKa's captured amount moved from these
    return withBalances(Operation.CAPTURE, command.orderId(), Option.none(), deadline, start,
        (before, reported) -> captureWith(command, before, reported, deadline, start));
  }

  private CompletableFuture<Either<GatewayFailure, Accepted>> captureWith(
      CaptureCommand command, Balances before, boolean beforeReported, long deadline, long start) {
    String ref = command.orderId().value();
    return calls.run(new CallSpec<>(WireOperation.CAPTURE, ref, ts -> mapper.capture(merchantId, ts, command),
        d -> orderBinding(d, ref),
        (env, attempts) -> Either.right(new Accepted(Operation.CAPTURE, ref)),
        (attempts, d, fresh) -> query(PaymentLookup.byOrderId(command.orderId()), d, fresh).thenApply(q -> {
          if (q.isLeft()) return unknownReason(q.getLeft());
          if (!beforeReported || !q.get().balancesReported()) {
            // balances the status implies say nothing of a capture: AUTHORIZED implies nothing captured either way
            return new Reconciled.Unknown<>("PayKKa's answer carried no captured balance to judge this capture by");
          }
          Balances after = q.get().order().balances();
          long was = before.captured().minorUnits();
          long now = after.captured().minorUnits();
          // a capture of the rest takes what was capturable before it; nothing capturable is never "done"
          long wanted = command.amount().map(a -> a.minorUnits()).getOrElse(() -> before.uncaptured().minorUnits());
          if (wanted > 0 && now >= was + wanted) {
            return new Reconciled.Done<>(Either.right(new Accepted(Operation.CAPTURE, ref)));
          }
          // no trace: sent again only after a stale connection (RepeatPolicy.QUERY_NEVER_RESEND), else left open
          if (now == was && q.get().order().status() == OrderStatus.AUTHORIZED) return new Reconciled.Resend<>();
          return new Reconciled.Unknown<>("captured amount moved by a different amount than this capture");
        }),
        at -> JournalIntent.capture(command, before, at), start), deadline);
  }

  CompletableFuture<Either<GatewayFailure, Accepted>> voidPayment(VoidCommand command, long deadline) {
    requireNonNull(command, "command == null");
    long start = System.nanoTime();
    return withBalances(Operation.VOID, command.orderId(), command.balancesBefore(), deadline, start,
        (before, reported) -> voidWith(command, before, deadline, start));
  }

  private CompletableFuture<Either<GatewayFailure, Accepted>> voidWith(
      VoidCommand command, Balances before, long deadline, long start) {
    String ref = command.orderId().value();
    return calls.run(new CallSpec<>(WireOperation.VOID, ref, ts -> mapper.voidPayment(merchantId, ts, command),
        d -> orderBinding(d, ref),
        (env, attempts) -> Either.right(new Accepted(Operation.VOID, ref)),
        (attempts, d, fresh) -> query(PaymentLookup.byOrderId(command.orderId()), d, fresh).thenApply(q -> {
          if (q.isLeft()) return unknownReason(q.getLeft());
          OrderStatus status = q.get().order().status();
          long was = before.voided().minorUnits();
          // a void is judged by the status PayKKa reports, and by the voided balance only when PayKKa reported it
          long now = q.get().balancesReported() ? q.get().order().balances().voided().minorUnits() : was;
          if (now > was || status == OrderStatus.CANCELED || status == OrderStatus.PARTIALLY_REVERSED) {
            return new Reconciled.Done<>(Either.right(new Accepted(Operation.VOID, ref)));
          }
          if (status == OrderStatus.AUTHORIZED) return new Reconciled.Resend<>();
          return new Reconciled.Unknown<>("order is " + status + " and shows no void");
        }),
        at -> JournalIntent.voidPayment(command, before, at), start), deadline);
  }

  /**
   * Runs {@code then} with the balances the caller gave, or, without them, with the balances PayKKa reports now (an
   * ambiguous failure could not be told apart from success later without them), and whether those are PayKKa's own
   * figures rather than ones its status implies. When that query fails, the command is not sent: it answers the
   * query's refusal as its own ({@code 206024}: the order does not exist), anything else as {@code NotSent}.
   */
  private CompletableFuture<Either<GatewayFailure, Accepted>> withBalances(
      Operation operation, OrderId orderId, Option<Balances> known, long deadline, long start,
      BiFunction<Balances, Boolean, CompletableFuture<Either<GatewayFailure, Accepted>>> then) {
    if (known.isDefined()) return then.apply(known.get(), true);
    return query(PaymentLookup.byOrderId(orderId), deadline, false).thenCompose(q -> {
      if (q.isRight()) return then.apply(q.get().order().balances(), q.get().balancesReported());
      GatewayFailure failure = q.getLeft() instanceof GatewayFailure.Rejected r
          ? new GatewayFailure.Rejected(operation, orderId.value(), 0, r.retCode(), r.errorCode(), r.retMsg(),
              r.httpStatus(), r.retryable(), r.processing())
          : new GatewayFailure.NotSent(operation, orderId.value(), 0,
              "the order's balances could not be read first: " + q.getLeft().message());
      calls.reportUnsent(failure, start);
      return done(failure);
    });
  }

  /** A capture or void answer's data, when it has any, is about the order and merchant asked for. */
  private @Nullable String orderBinding(@Nullable JsonNode d, String orderId) {
    return Bindings.first(Bindings.same("$.order_id", Bindings.text(d, "order_id"), orderId),
        merchant(Bindings.text(d, "merchant_id")));
  }

  // ---- refunds ----

  CompletableFuture<Either<GatewayFailure, Refund>> refund(RefundCommand command, long deadline) {
    requireNonNull(command, "command == null");
    long start = System.nanoTime();
    String ref = command.refundTransId().value();
    return calls.run(new CallSpec<>(WireOperation.REFUND, ref, ts -> mapper.refund(merchantId, ts, command),
        // a refund_trans_id PayKKa already holds answers that refund: it must be of this order and amount
        d -> d == null ? null
            : Bindings.first(Bindings.same("$.refund_trans_id", d.refundTransId(), ref), merchant(d.merchantId()),
                d.oriOrderId() != null && !d.oriOrderId().isEmpty()
                    ? Bindings.same("$.ori_order_id", d.oriOrderId(), command.originalOrderId().value())
                    : Bindings.same("$.order_id", d.orderId(), command.originalOrderId().value()),
                Bindings.same(d.amount() != null ? "$.amount" : "$.refund_amount",
                    d.amount() != null ? d.amount() : d.refundAmount(), command.amount().minorUnits()),
                Bindings.sameIgnoringCase("$.currency", d.currency(), command.amount().currency().code())),
        (env, attempts) -> refundOf(Operation.REFUND, ref, env.data(), attempts),
        (attempts, d, fresh) -> refundQuery(RefundLookup.byRefundTransId(command.refundTransId()), d, fresh)
            .thenApply(q -> {
              if (q.isRight()) {
                // PayKKa's refund under this refund_trans_id must be the one asked for: of the order (when the answer
                // names it) and for the amount, not another refund a merchant numbered alike
                Refund found = q.get();
                if (found.originalOrderId().exists(o -> !o.equals(command.originalOrderId()))) {
                  return new Reconciled.Unknown<>("PayKKa's refund " + ref + " is of order "
                      + found.originalOrderId().get().value() + ", not of " + command.originalOrderId().value());
                }
                if (!found.amount().equals(command.amount())) {
                  return new Reconciled.Unknown<>("PayKKa's refund " + ref + " is for " + found.amount()
                      + ", not the " + command.amount() + " asked");
                }
                return new Reconciled.Done<>(q);
              }
              return afterFailedQuery(Operation.REFUND, ref, attempts, q.getLeft());
            }),
        at -> JournalIntent.refund(command, at), start), deadline);
  }

  CompletableFuture<Either<GatewayFailure, Refund>> refundQuery(RefundLookup lookup, long deadline) {
    return calls.run(refundQuerySpec(lookup).reportedFrom(System.nanoTime()), deadline);
  }

  private CompletableFuture<Either<GatewayFailure, Refund>> refundQuery(
      RefundLookup lookup, long deadline, boolean fresh) {
    return calls.run(refundQuerySpec(lookup), deadline, fresh);
  }

  private CallSpec<?, RefundRespDto, Refund> refundQuerySpec(RefundLookup lookup) {
    requireNonNull(lookup, "lookup == null");
    String ref = lookup.reference();
    Function<RefundRespDto, @Nullable String> asked = lookup instanceof RefundLookup.ByRefundTransId t
        ? d -> Bindings.same("$.refund_trans_id", d.refundTransId(), t.refundTransId().value())
        : d -> Bindings.same("$.refund_order_id", d.refundOrderId(),
            ((RefundLookup.ByRefundOrderId) lookup).refundOrderId().value());
    return CallSpec.of(WireOperation.REFUND_QUERY, ref, ts -> mapper.refundQuery(merchantId, ts, lookup),
        d -> d == null ? null : Bindings.first(asked.apply(d), merchant(d.merchantId())),
        (env, attempts) -> refundOf(Operation.REFUND_QUERY, ref, env.data(), attempts));
  }

  private Either<GatewayFailure, Refund> refundOf(Operation op, String ref, @Nullable RefundRespDto d, int attempts) {
    if (d == null) return unknown(op, ref, attempts, "answer without data");
    return mapper.refund(d).mapLeft(e -> unreadable(op, ref, attempts, e, d.refundOrderId()));
  }

  // ---- tokens, recurring ----

  CompletableFuture<Either<GatewayFailure, List<StoredCardToken>>> tokens(ShopperReference shopper, long deadline) {
    requireNonNull(shopper, "shopper == null");
    String ref = shopper.value();
    // the items carry no shopper or merchant to compare
    return calls.run(CallSpec.of(WireOperation.TOKEN_LIST, ref, ts -> mapper.tokenQuery(merchantId, ts, shopper),
        Binding.none(),
        (env, attempts) -> mapper.storedTokens(env.data() == null ? List.of() : env.data(), shopper)
            .mapLeft(e -> unreadable(Operation.TOKEN_LIST, ref, attempts, e, null)))
        .reportedFrom(System.nanoTime()), deadline);
  }

  CompletableFuture<Either<GatewayFailure, Accepted>> removeToken(
      CardToken token, ShopperReference shopper, long deadline) {
    requireNonNull(token, "token == null");
    requireNonNull(shopper, "shopper == null");
    String ref = token.value();
    return calls.run(CallSpec.of(WireOperation.TOKEN_REMOVE, ref,
        ts -> mapper.tokenRemove(merchantId, ts, token, shopper),
        d -> Bindings.first(Bindings.same("$.token", Bindings.text(d, "token"), ref),
            Bindings.same("$.shopper_reference", Bindings.text(d, "shopper_reference"), shopper.value()),
            merchant(Bindings.text(d, "merchant_id"))),
        (env, attempts) -> Either.right(new Accepted(Operation.TOKEN_REMOVE, ref)))
        .reportedFrom(System.nanoTime()), deadline);
  }

  CompletableFuture<Either<GatewayFailure, Accepted>> cancelAgreement(
      RecurringAgreementId agreement, ShopperReference shopper, long deadline) {
    requireNonNull(agreement, "agreement == null");
    requireNonNull(shopper, "shopper == null");
    String ref = agreement.value();
    return calls.run(CallSpec.of(WireOperation.RECURRING_CANCEL, ref,
        ts -> mapper.recurringCancel(merchantId, ts, agreement, shopper),
        d -> Bindings.first(Bindings.same("$.recurring_agreement_id", Bindings.text(d, "recurring_agreement_id"), ref),
            Bindings.same("$.shopper_reference", Bindings.text(d, "shopper_reference"), shopper.value()),
            merchant(Bindings.text(d, "merchant_id"))),
        (env, attempts) -> Either.right(new Accepted(Operation.RECURRING_CANCEL, ref)))
        .reportedFrom(System.nanoTime()), deadline);
  }

  // ---- checkout sessions, Apple Pay ----

  CompletableFuture<Either<GatewayFailure, CheckoutSession>> createSession(
      CheckoutSessionRequest request, long deadline) {
    requireNonNull(request, "request == null");
    long start = System.nanoTime();
    String ref = request.transId().value();
    long amount = request.amount().minorUnits();
    String currency = request.amount().currency().code();
    return calls.run(new CallSpec<>(WireOperation.CHECKOUT_CREATE, ref,
        ts -> mapper.checkoutSession(merchantId, ts, request),
        d -> d == null ? null : Bindings.first(Bindings.same("$.trans_id", d.transId(), ref),
            merchant(d.merchantId()), Bindings.same("$.amount", d.amount(), amount),
            Bindings.sameIgnoringCase("$.currency", d.currency(), currency)),
        (env, attempts) -> {
          SessionRespDto d = env.data();
          if (d == null) return unknown(Operation.CHECKOUT_CREATE, ref, attempts, "answer without data");
          return mapper.checkoutSession(d)
              .mapLeft(e -> unreadable(Operation.CHECKOUT_CREATE, ref, attempts, e, d.sessionId()));
        },
        (attempts, d, fresh) -> querySession(SessionLookup.byTransId(request.transId()), d, fresh).thenApply(q -> {
          if (q.isRight()) {
            if (!q.get().amount().equals(request.amount())) {
              return new Reconciled.Unknown<>("the session of " + ref + " is for " + q.get().amount()
                  + ", not the " + request.amount() + " asked");
            }
            return new Reconciled.Done<>(q);
          }
          return afterFailedQuery(Operation.CHECKOUT_CREATE, ref, attempts, q.getLeft());
        }),
        at -> JournalIntent.createCheckout(request, at), start), deadline);
  }

  CompletableFuture<Either<GatewayFailure, CheckoutSession>> querySession(SessionLookup lookup, long deadline) {
    return calls.run(sessionQuerySpec(lookup).reportedFrom(System.nanoTime()), deadline);
  }

  private CompletableFuture<Either<GatewayFailure, CheckoutSession>> querySession(
      SessionLookup lookup, long deadline, boolean fresh) {
    return calls.run(sessionQuerySpec(lookup), deadline, fresh);
  }

  private CallSpec<?, SessionQueryRespDto, CheckoutSession> sessionQuerySpec(SessionLookup lookup) {
    requireNonNull(lookup, "lookup == null");
    String ref = lookup.reference();
    Function<SessionQueryRespDto, @Nullable String> asked = lookup instanceof SessionLookup.BySessionId s
        ? d -> Bindings.same("$.session_id", d.sessionId(), s.sessionId().value())
        : d -> Bindings.same("$.trans_id", d.transId(), ((SessionLookup.ByTransId) lookup).transId().value());
    return CallSpec.of(WireOperation.CHECKOUT_QUERY, ref, ts -> mapper.sessionQuery(merchantId, ts, lookup),
        d -> d == null ? null : Bindings.first(asked.apply(d), merchant(d.merchantId())),
        (env, attempts) -> {
          SessionQueryRespDto d = env.data();
          if (d == null) return unknown(Operation.CHECKOUT_QUERY, ref, attempts, "answer without data");
          return mapper.checkoutSession(d)
              .mapLeft(e -> unreadable(Operation.CHECKOUT_QUERY, ref, attempts, e, d.sessionId()));
        });
  }

  CompletableFuture<Either<GatewayFailure, ApplePayMerchantSession>> applePaySession(
      ApplePaySessionRequest request, long deadline) {
    requireNonNull(request, "request == null");
    String ref = request.domainName();
    // a merchant session moves no money and expires by itself: the table repeats it like a read
    return calls.run(CallSpec.of(WireOperation.APPLE_PAY_SESSION, ref,
        ts -> mapper.applePaySession(merchantId, ts, request),
        // Apple's session object names the domain it was made for, in an object or in a bare string's JSON
        d -> d == null ? null
            : Bindings.sameIgnoringCase("$.data.domainName", Bindings.text(sessionObject(d), "domainName"), ref),
        (env, attempts) -> env.data() == null
            ? unknown(Operation.APPLE_PAY_SESSION, ref, attempts, "answer without data")
            : mapper.applePayMerchantSession(env.data())
                .mapLeft(e -> unreadable(Operation.APPLE_PAY_SESSION, ref, attempts, e, null)))
        .reportedFrom(System.nanoTime()), deadline);
  }

  /** The merchant session as an object: {@code data} itself, or the JSON a bare string holds (else null). */
  private @Nullable JsonNode sessionObject(ApplePaySessionRespDto d) {
    JsonNode n = d.merchantSession();
    if (!n.isTextual()) return n;
    return codec.tree(n.textValue().getBytes(java.nio.charset.StandardCharsets.UTF_8)).getOrNull();
  }

  // ---- helpers ----

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
  static GatewayFailure unreadable(Operation op, String ref, int attempts, MappingError e, @Nullable String orderId) {
    if (e instanceof MappingError.UnknownStatus u) {
      Option<String> id =
          orderId == null || orderId.isBlank() ? Option.none() : Option.some(Bindings.printable(orderId));
      return new GatewayFailure.UnknownStatus(op, ref, attempts, u.status(), id);
    }
    return new GatewayFailure.OutcomeUnknown(op, ref, attempts, "answer not mappable: " + e.describe(), 200);
  }

  /** PayKKa has no such order, refund or session (the catalog's reading the failure carries): safe to create it. */
  private static boolean notFound(GatewayFailure f) {
    return f instanceof GatewayFailure.Rejected r && r.notFound();
  }

  /**
   * What a reconciliation learns from a query by the merchant's reference that found no usable result: a status this
   * version does not know is the call's answer; "no such reference" means the call never took effect (send it again);
   * anything else leaves it unknown.
   */
  private static <T> Reconciled<T> afterFailedQuery(Operation op, String ref, int attempts, GatewayFailure f) {
    if (f instanceof GatewayFailure.UnknownStatus u) {
      return new Reconciled.Done<>(Either.left(new GatewayFailure.UnknownStatus(op, ref, attempts, u.status(),
          u.orderId())));
    }
    return notFound(f) ? new Reconciled.Resend<>() : unknownReason(f);
  }

  private static <R> Reconciled<R> unknownReason(GatewayFailure f) {
    return new Reconciled.Unknown<>("query failed: " + f.getClass().getSimpleName());
  }

  private static <T> Either<GatewayFailure, T> unknown(Operation op, String ref, int attempts, String reason) {
    return Either.left(new GatewayFailure.OutcomeUnknown(op, ref, attempts, reason, 200));
  }

  private static <T> CompletableFuture<Either<GatewayFailure, T>> done(GatewayFailure f) {
    return CompletableFuture.completedFuture(Either.left(f));
  }

  @Override
  public String toString() {
    return "PaykkaCalls[" + merchant + "]";
  }
}
