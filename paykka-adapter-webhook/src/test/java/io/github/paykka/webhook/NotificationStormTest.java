package io.github.paykka.webhook;

import static io.github.paykka.webhook.TestPlatform.now;
import static io.github.paykka.webhook.TestPlatform.order;
import static io.github.paykka.webhook.TestPlatform.paymentBody;
import static io.github.paykka.webhook.TestPlatform.refundBody;
import static io.github.paykka.webhook.TestPlatform.signed;
import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.paykka.domain.id.OrderId;
import io.github.paykka.domain.id.RefundTransId;
import io.github.paykka.domain.money.Money;
import io.github.paykka.domain.notification.Notification;
import io.github.paykka.domain.notification.PaymentNotification;
import io.github.paykka.domain.notification.RefundNotification;
import io.github.paykka.domain.order.CaptureMethod;
import io.github.paykka.domain.order.PaymentOrder;
import io.github.paykka.domain.order.ReasonCode;
import io.github.paykka.domain.refund.RefundStatus;
import io.github.paykka.webhook.TestPlatform.Delivery;
import io.github.paykka.wire.message.NotifyType;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.Test;

/**
 * 2,000 deliveries over real loopback HTTP: the notifications of real order lifecycles, 30% of them delivered twice
 * (some re-signed with a later timestamp), 5% with bad signatures (forged, or a genuine signature over a tampered
 * body), 5% malformed but genuinely signed, all shuffled with a fixed seed.
 */
class NotificationStormTest {
  static final int TOTAL = 2000;
  static final int BAD_SIGNATURES = 100; // 5%
  static final int MALFORMED = 100; // 5%
  /** About 60% genuine notifications; the rest to 2,000 (about 30%) are second deliveries of them. */
  static final int GENUINE_AT_LEAST = 1200;

  enum Kind { ORIGINAL, DUPLICATE, BAD_SIGNATURE, MALFORMED }

  record Shot(Kind kind, Delivery delivery) {}

  /** The truth: every order and refund as PayKKa ends them, and the notifications that told of each step. */
  final Map<OrderId, PaymentOrder> opened = new LinkedHashMap<>();
  final Map<OrderId, PaymentOrder> truth = new LinkedHashMap<>();
  final Map<RefundTransId, RefundStatus> refundTruth = new LinkedHashMap<>();
  final List<Delivery> genuine = new ArrayList<>();

  @Test
  void noBadOneAcceptedNoDuplicateProcessedAndTheOrdersEndAsPayKkasDo() {
    Random random = new Random(20250601L);
    generateLifecycles(random);
    List<Shot> shots = storm(random);
    assertThat(shots).hasSize(TOTAL);

    // the application: its orders as it opened them, reconciled from every accepted notification
    Map<OrderId, PaymentOrder> books = new ConcurrentHashMap<>(opened);
    Map<RefundTransId, RefundStatus> refunds = new ConcurrentHashMap<>();
    Map<String, Integer> listenerCalls = new ConcurrentHashMap<>();
    PaykkaWebhookHandler handler = PaykkaWebhookHandler.builder()
        .platformKey(TestPlatform.KEY.getPublic())
        .clock(TestPlatform.CLOCK)
        .listener(n -> {
          listenerCalls.merge(n.deduplicationKey(), 1, Integer::sum);
          apply(books, refunds, n);
        })
        .build();

    Map<Kind, List<Integer>> statuses = new HashMap<>();
    try (LoopbackServer server = new LoopbackServer(handler)) {
      for (Shot shot : shots) {
        int status = server.post(shot.delivery()).statusCode();
        statuses.computeIfAbsent(shot.kind(), k -> new ArrayList<>()).add(status);
      }
    }
    int unique = genuine.size();
    int duplicates = TOTAL - unique - BAD_SIGNATURES - MALFORMED;
    assertThat(duplicates).isBetween(590, 600);
    assertThat(statuses.get(Kind.BAD_SIGNATURE)).hasSize(BAD_SIGNATURES).containsOnly(401);
    assertThat(statuses.get(Kind.MALFORMED)).hasSize(MALFORMED).containsOnly(400);
    assertThat(statuses.get(Kind.ORIGINAL)).hasSize(unique).containsOnly(200);
    assertThat(statuses.get(Kind.DUPLICATE)).hasSize(duplicates).containsOnly(200);
    // every genuine notification is distinct, and each reached the listener exactly once, whichever copy came first
    assertThat(listenerCalls).hasSize(unique).allSatisfy((key, calls) -> assertThat(calls).isEqualTo(1));
    // afterwards, every genuine delivery is a duplicate
    for (Delivery d : genuine) {
      assertThat(handler.handle("POST", d.headers(), d.body()).outcome()).isInstanceOf(WebhookOutcome.Duplicate.class);
    }
    // what the application reconciled equals what PayKKa holds
    assertThat(books).isEqualTo(truth);
    assertThat(refunds).isEqualTo(refundTruth);
  }

  /** The documented way: reconcile each payment notification with the order; out of order is harmless. */
  static void apply(Map<OrderId, PaymentOrder> books, Map<RefundTransId, RefundStatus> refunds, Notification n) {
    if (n instanceof PaymentNotification p) {
      books.compute(p.orderId(), (id, order) -> {
        if (order == null) throw new IllegalStateException("unknown order " + id);
        return order.reconcile(p.observation())
            .getOrElseThrow(rejection -> new IllegalStateException("cannot reconcile: " + rejection))
            .order();
      });
    } else if (n instanceof RefundNotification r) {
      refunds.put(r.refundTransId(), r.status());
    }
  }

  private void generateLifecycles(Random random) {
    int n = 0;
    while (genuine.size() < GENUINE_AT_LEAST) {
      n++;
      CaptureMethod method = random.nextBoolean() ? CaptureMethod.MANUAL : CaptureMethod.AUTOMATIC;
      PaymentOrder order = order(n, 100 + random.nextInt(100_000), method);
      opened.put(order.orderId(), order);
      int path = random.nextInt(10);
      if (path == 0) {
        order = emit(NotifyType.PAYMENT_FAILURE, order.decline().get().order(), random);
      } else if (path == 1) {
        order = emit(NotifyType.PAYMENT_CANCELED, order.cancel().get().order(), random);
      } else {
        order = emit(method == CaptureMethod.MANUAL ? NotifyType.PAYMENT_AUTHORIZATION : NotifyType.PAYMENT_SUCCESS,
            order.approve().get().order(), random);
        if (method == CaptureMethod.MANUAL) {
          int next = random.nextInt(4);
          Money amount = order.amount();
          if (next == 0) {
            order = emit(NotifyType.PAYMENT_SUCCESS, order.capture(amount, true).get().order(), random);
          } else if (next == 1) {
            Money part = Money.of(1 + random.nextInt((int) amount.minorUnits() - 1), amount.currency());
            order = emit(NotifyType.PAYMENT_SUCCESS, order.capture(part, true).get().order(), random);
          } else if (next == 2) {
            order = emit(NotifyType.PAYMENT_CANCELED, order.voidRemaining(ReasonCode.OTHER).get().order(), random);
          } // else it stays AUTHORIZED
        }
        if (order.ableToRefund().isPositive() && random.nextInt(3) == 0) {
          RefundTransId refund = RefundTransId.of("R" + n);
          boolean ok = random.nextInt(4) != 0;
          long ts = now() - random.nextInt(200_000);
          byte[] body = refundBody(ok ? NotifyType.REFUND_SUCCESS : NotifyType.REFUND_FAILURE, refund.value(),
              order, Math.min(order.ableToRefund().minorUnits(), 50), ts);
          refundTruth.put(refund, ok ? RefundStatus.SUCCESS : RefundStatus.FAILURE);
          genuine.add(signed(body, ts));
        }
      }
      truth.put(order.orderId(), order);
    }
  }

  private PaymentOrder emit(NotifyType type, PaymentOrder state, Random random) {
    long ts = now() - random.nextInt(200_000);
    genuine.add(signed(paymentBody(type, state, ts), ts));
    return state;
  }

  private List<Shot> storm(Random random) {
    List<Shot> shots = new ArrayList<>();
    for (Delivery d : genuine) shots.add(new Shot(Kind.ORIGINAL, d));
    int duplicates = TOTAL - genuine.size() - BAD_SIGNATURES - MALFORMED;
    for (int i = 0; i < duplicates; i++) {
      Delivery d = genuine.get(random.nextInt(genuine.size()));
      if (random.nextInt(3) == 0) {
        // PayKKa may sign a redelivery anew, with a later timestamp: still the same notification
        long ts = now() - random.nextInt(100_000);
        String text = new String(d.body(), UTF_8).replaceAll("\"timestamp\":\\d+", "\"timestamp\":" + ts);
        d = signed(text.getBytes(UTF_8), ts);
      }
      shots.add(new Shot(Kind.DUPLICATE, d));
    }
    for (int i = 0; i < BAD_SIGNATURES; i++) {
      Delivery original = genuine.get(random.nextInt(genuine.size()));
      shots.add(new Shot(Kind.BAD_SIGNATURE, badSignature(original, i)));
    }
    for (int i = 0; i < MALFORMED; i++) {
      shots.add(new Shot(Kind.MALFORMED, malformed(random, i)));
    }
    Collections.shuffle(shots, random);
    return shots;
  }

  /** Would change the books if accepted: a forged FAILURE, or a genuine signature over a tampered body. */
  private static Delivery badSignature(Delivery original, int i) {
    String text = new String(original.body(), UTF_8);
    return switch (i % 3) {
      case 0 -> {
        // tampered: a different status under the original signature
        String tampered = text.contains("\"status\":\"SUCCESS\"")
            ? text.replace("\"status\":\"SUCCESS\"", "\"status\":\"REFUNDED\"")
            : text.replace("\"status\":\"", "\"status\":\"X");
        yield new Delivery(tampered.getBytes(UTF_8), original.headers());
      }
      case 1 -> {
        // a forger's key
        long ts = now();
        String forged = text.replaceAll("\"timestamp\":\\d+", "\"timestamp\":" + ts)
            .replaceAll("\"notify_type\":\"[A-Z.]+\"", "\"notify_type\":\"PAYMENT.FAILURE\"")
            .replaceAll("\"status\":\"[A-Z_]+\"", "\"status\":\"FAILURE\"");
        yield signed(forged.getBytes(UTF_8), ts, TestPlatform.FORGER.getPrivate());
      }
      default -> {
        // a genuine signature made long ago: replayed outside the freshness window
        long ts = now() - 3_600_000L;
        String stale = text.replaceAll("\"timestamp\":\\d+", "\"timestamp\":" + ts);
        yield signed(stale.getBytes(UTF_8), ts);
      }
    };
  }

  /** Genuinely signed, but not a notification we can read. */
  private static Delivery malformed(Random random, int i) {
    long ts = now() - random.nextInt(100_000);
    String head = "{\"merchant_id\":\"" + TestPlatform.MERCHANT + "\",\"timestamp\":" + ts;
    String body = switch (i % 5) {
      case 0 -> head + ",\"notify_type\":\"PAYMENT.SUCCESS\",\"status\":\"SUCCESS\"}"; // no order, no amount
      case 1 -> head + ",\"notify_type\":\"PAYMENT.SUCCESS\",\"trans_id\":\"T1\",\"order_id\":\"GW1\","
          + "\"status\":\"SUCCESS\",\"amount\":\"12x\",\"currency\":\"USD\"}"; // amount not a number
      case 2 -> head + ",\"notify_type\":\"REFUND.SUCCESS\",\"trans_id\":\"R1\",\"order_id\":\"GW1\","
          + "\"status\":\"SUCCESS\",\"amount\":5,\"currency\":\"XYZ\"}"; // no such currency
      case 3 -> head + ",\"notify_type\":\"PAYMENT.SUCCESS\",\"trans_id\":{\"a\":1}}"; // wrong type
      default -> head + ",\"amount\":5,\"amount\":6}"; // duplicate key: not verifiable as one document
    };
    return signed(body.getBytes(UTF_8), ts);
  }
}
