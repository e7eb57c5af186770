package io.github.paykka.testkit.sandbox;

import io.github.paykka.domain.id.MerchantId;
import io.github.paykka.domain.id.OrderId;
import io.github.paykka.domain.id.RefundTransId;
import io.github.paykka.domain.id.SessionId;
import io.github.paykka.domain.refund.Refund;
import io.github.paykka.testkit.simulation.AdvanceableClock;
import io.github.paykka.testkit.simulation.SimulatedPaykka;
import io.github.paykka.testkit.simulation.SimulatedRefusal;
import io.vavr.control.Either;
import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * What a tester can make happen in the sandbox, the same for the dashboard's buttons and the JSON API: move a refund
 * through its lifecycle, hold refunds, expire a session, complete or abandon a 3DS challenge, settle a pending
 * payment, redeliver a notification, advance the clock, set and clear faults. Each answers a {@link TriggerResult}.
 */
final class Triggers {
  private final SimulatedPaykka engine;
  private final NotificationDispatcher dispatcher;
  private final Faults faults;
  private final AdvanceableClock clock;
  private final List<String> merchantIds;

  Triggers(SimulatedPaykka engine, NotificationDispatcher dispatcher, Faults faults, AdvanceableClock clock,
      List<String> merchantIds) {
    this.engine = engine;
    this.dispatcher = dispatcher;
    this.faults = faults;
    this.clock = clock;
    this.merchantIds = merchantIds;
  }

  /**
   * What a trigger did: an HTTP status (200, or 400 bad input, 404 not found, 409 not in a state that allows it), a
   * sentence for people, and the new state of what it moved.
   */
  record TriggerResult(int status, String message, Map<String, Object> data) {
    static TriggerResult ok(String message, Map<String, Object> data) {
      return new TriggerResult(200, message, data);
    }

    static TriggerResult fail(int status, String message) {
      return new TriggerResult(status, message, Map.of());
    }

    boolean isOk() {
      return status == 200;
    }
  }

  /** Moves a refund one step: {@code accept}, {@code succeed} or {@code fail}. */
  TriggerResult refund(String refundTransId, String step, @Nullable String merchantId) {
    RefundTransId id;
    try {
      id = RefundTransId.of(refundTransId);
    } catch (IllegalArgumentException e) {
      return TriggerResult.fail(400, "refund_trans_id: " + e.getMessage());
    }
    Either<TriggerResult, MerchantId> merchant = merchantOfRefund(id, merchantId);
    if (merchant.isLeft()) return merchant.getLeft();
    Either<SimulatedRefusal, Refund> moved = switch (step) {
      case "accept" -> engine.acceptRefund(merchant.get(), id);
      case "succeed" -> engine.succeedRefund(merchant.get(), id);
      case "fail" -> engine.failRefund(merchant.get(), id);
      default -> null;
    };
    if (moved == null) return TriggerResult.fail(404, "no such refund step: " + step + " (accept, succeed, fail)");
    return moved.fold(Triggers::refused, r -> TriggerResult.ok("refund " + refundTransId + " is " + r.status(),
        Map.of("refund_trans_id", refundTransId, "status", r.status().name(),
            "refund_order_id", r.refundOrderId().map(Object::toString).getOrElse(""))));
  }

  // The merchant given, or the one merchant that has a refund with this number.
  private Either<TriggerResult, MerchantId> merchantOfRefund(RefundTransId id, @Nullable String merchantId) {
    if (merchantId != null && !merchantId.isBlank()) {
      if (!merchantIds.contains(merchantId)) return Either.left(TriggerResult.fail(404, "no merchant " + merchantId));
      return Either.right(MerchantId.of(merchantId));
    }
    List<MerchantId> owners = engine.refunds().stream().filter(r -> r.refundTransId().equals(id))
        .flatMap(r -> r.originalOrderId().flatMap(engine::merchantOf).toJavaStream()).distinct().toList();
    if (owners.isEmpty()) return Either.left(TriggerResult.fail(404, "no refund " + id.value()));
    if (owners.size() > 1) {
      return Either.left(
          TriggerResult.fail(409, "refund " + id.value() + " exists for several merchants: give merchant_id"));
    }
    return Either.right(owners.get(0));
  }

  /** Holds new refunds in REVIEWING, or lets them complete at once. */
  TriggerResult holdRefunds(boolean held) {
    engine.holdRefunds(held);
    return TriggerResult.ok(held ? "new refunds stay REVIEWING until moved" : "new refunds complete at once",
        Map.of("refunds_held", held));
  }

  /** Expires an open checkout session. */
  TriggerResult expireSession(String sessionId) {
    SessionId id;
    try {
      id = SessionId.of(sessionId);
    } catch (IllegalArgumentException e) {
      return TriggerResult.fail(400, "session_id: " + e.getMessage());
    }
    return engine.expireSession(id).fold(Triggers::refused,
        s -> TriggerResult.ok("session " + sessionId + " is " + s.status(),
            Map.of("session_id", sessionId, "status", s.status().name())));
  }

  /** Completes ({@code pass}, {@code fail}) or abandons ({@code abandon}) the pending 3DS challenge of an order. */
  TriggerResult challenge(String orderId, String result) {
    Either<TriggerResult, OrderId> id = orderId(orderId);
    if (id.isLeft()) return id.getLeft();
    var done = switch (result) {
      case "pass" -> engine.completeChallenge(id.get(), true);
      case "fail" -> engine.completeChallenge(id.get(), false);
      case "abandon", "cancel" -> engine.abandonChallenge(id.get());
      default -> null;
    };
    if (done == null) return TriggerResult.fail(404, "no such challenge result: " + result + " (pass, fail, abandon)");
    return done.fold(Triggers::refused, r -> TriggerResult.ok("order " + orderId + " is " + r.order().status(),
        Map.of("order_id", orderId, "status", r.order().status().name())));
  }

  /** Delivers the asynchronous result of a pending payment. */
  TriggerResult settle(String orderId) {
    Either<TriggerResult, OrderId> id = orderId(orderId);
    if (id.isLeft()) return id.getLeft();
    return engine.settlePending(id.get()).fold(Triggers::refused,
        r -> TriggerResult.ok("order " + orderId + " is " + r.order().status(),
            Map.of("order_id", orderId, "status", r.order().status().name())));
  }

  /** Sends a notification once more, with its original bytes and signature. */
  TriggerResult redeliver(String notificationId) {
    long id;
    try {
      id = Long.parseLong(notificationId.strip());
    } catch (NumberFormatException e) {
      return TriggerResult.fail(400, "notification id is not a number: " + notificationId);
    }
    if (!dispatcher.redeliver(id)) return TriggerResult.fail(404, "no notification #" + id);
    return TriggerResult.ok("notification #" + id + " is being redelivered", Map.of("notification_id", id));
  }

  /** Moves the sandbox clock forward: {@code by} an ISO-8601 duration ({@code PT1H}) or a number of seconds. */
  TriggerResult advanceClock(@Nullable String by) {
    if (by == null || by.isBlank()) return TriggerResult.fail(400, "by: required, e.g. PT1H or 3600 (seconds)");
    Duration d;
    try {
      d = by.strip().matches("\\d{1,12}") ? Duration.ofSeconds(Long.parseLong(by.strip())) : Duration.parse(by.strip());
    } catch (DateTimeParseException e) {
      return TriggerResult.fail(400, "by: not an ISO-8601 duration (PT1H, P1D) nor a number of seconds: " + by);
    }
    if (d.isNegative()) return TriggerResult.fail(400, "by: the clock only moves forward");
    Duration offset = clock.advance(d);
    return TriggerResult.ok("the sandbox clock is " + offset + " ahead: " + clock.instant(),
        Map.of("now", clock.instant().toString(), "offset_seconds", offset.getSeconds()));
  }

  /** Injects a fault written {@code OPERATION=FAULT[:P]}, into the next {@code times} calls when that is positive. */
  TriggerResult setFault(@Nullable String spec, @Nullable String times) {
    if (spec == null || spec.isBlank()) return TriggerResult.fail(400, "fault: required, e.g. initiate=drop-after");
    try {
      int n = times == null || times.isBlank() ? 0 : Integer.parseInt(times.strip());
      if (n < 0) return TriggerResult.fail(400, "times: must not be negative");
      FaultRule rule = FaultRule.parse(spec.strip());
      faults.apply(rule, n);
      return TriggerResult.ok("fault " + rule.spec() + (n > 0 ? " for the next " + n + " call(s)" : " until cleared"),
          Map.of("faults", faults.active()));
    } catch (NumberFormatException e) {
      return TriggerResult.fail(400, "times: not a number: " + times);
    } catch (IllegalArgumentException e) {
      return TriggerResult.fail(400, "fault: " + e.getMessage());
    }
  }

  /** Clears the faults of one operation (named as {@link FaultRule#operationNamed} reads it), or all of them. */
  TriggerResult clearFaults(@Nullable String operation) {
    if (operation == null || operation.isBlank()) {
      faults.clear();
      return TriggerResult.ok("every fault cleared", Map.of("faults", faults.active()));
    }
    var o = FaultRule.operationNamed(operation);
    if (o.isEmpty()) return TriggerResult.fail(400, "operation: unknown " + operation);
    faults.clear(o.get());
    return TriggerResult.ok("faults of " + FaultRule.nameOf(o.get()) + " cleared", Map.of("faults", faults.active()));
  }

  private static Either<TriggerResult, OrderId> orderId(String orderId) {
    try {
      return Either.right(OrderId.of(orderId));
    } catch (IllegalArgumentException e) {
      return Either.left(TriggerResult.fail(400, "order_id: " + e.getMessage()));
    }
  }

  /** A refusal of the engine: 404 for what does not exist, else 409 (the state does not allow it). */
  static TriggerResult refused(SimulatedRefusal r) {
    return TriggerResult.fail(HttpStatusPolicy.statusOf(r.retCode()) == 404 ? 404 : 409, r.message());
  }
}
