package io.github.paykka.webhook;

import static io.github.paykka.webhook.TestPlatform.now;
import static io.github.paykka.webhook.TestPlatform.paymentBody;
import static io.github.paykka.webhook.TestPlatform.refundBody;
import static io.github.paykka.webhook.TestPlatform.signed;
import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.paykka.domain.id.MerchantId;
import io.github.paykka.domain.id.OrderId;
import io.github.paykka.domain.id.RefundTransId;
import io.github.paykka.domain.money.Currency;
import io.github.paykka.domain.money.Money;
import io.github.paykka.domain.notification.Notification;
import io.github.paykka.domain.notification.PaymentNotification;
import io.github.paykka.domain.notification.RefundNotification;
import io.github.paykka.domain.order.Balances;
import io.github.paykka.domain.order.CaptureMethod;
import io.github.paykka.domain.order.OrderStatus;
import io.github.paykka.domain.order.PaymentOrder;
import io.github.paykka.domain.order.ReasonCode;
import io.github.paykka.domain.refund.Refund;
import io.github.paykka.domain.refund.RefundStatus;
import io.github.paykka.domain.request.Goods;
import io.github.paykka.domain.request.PaymentRequest;
import io.github.paykka.ports.payment.CaptureCommand;
import io.github.paykka.ports.payment.VoidCommand;
import io.github.paykka.ports.refund.RefundCommand;
import io.github.paykka.testkit.TestCard;
import io.github.paykka.testkit.contract.TestRequests;
import io.github.paykka.testkit.simulation.PaymentChange;
import io.github.paykka.testkit.simulation.RefundChange;
import io.github.paykka.testkit.simulation.SimulatedPaykka;
import io.github.paykka.webhook.TestPlatform.Delivery;
import io.github.paykka.domain.notification.NotifyType;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import io.vavr.control.Option;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.Test;

/**
 * 2,000 deliveries over real loopback HTTP: the notifications of real order lifecycles (run through the testkit's
 * simulated PayKKa, the engine behind the sandbox), 30% of them delivered twice
 * (some re-signed with a later timestamp), 5% with bad signatures (forged, a genuine signature over a tampered body,
 * or one older than the inbox remembers), 5% malformed but genuinely signed (4% verifiable but not mappable: handed
 * to onUnknown and acknowledged; 1% not even verifiable: 400), all shuffled with a fixed seed.
 */
class NotificationStormTest {
  static final int TOTAL = 2000;
  static final int BAD_SIGNATURES = 100; // 5%
  static final int MALFORMED = 100; // 5%
  /** About 60% genuine notifications; the rest to 2,000 (about 30%) are second deliveries of them. */
  static final int GENUINE_AT_LEAST = 1200;

  enum Kind { ORIGINAL, DUPLICATE, BAD_SIGNATURE, UNMAPPABLE, UNVERIFIABLE }

  record Shot(Kind kind, Delivery delivery) {}

  /** The truth: every order and refund as the simulated PayKKa ends them, and the notifications of each change. */
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
    List<UnknownNotification> unknown = Collections.synchronizedList(new ArrayList<>());
    PaykkaWebhookHandler handler = PaykkaWebhookHandler.builder()
        .platformPublicKey(TestPlatform.KEY.getPublic())
        .merchantId(MerchantId.of(TestPlatform.MERCHANT))
        .clock(TestPlatform.CLOCK)
        .listener(n -> {
          listenerCalls.merge(n.deduplicationKey(), 1, Integer::sum);
          apply(books, refunds, n);
        })
        .onUnknown(unknown::add)
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
    assertThat(statuses.get(Kind.UNMAPPABLE)).hasSize(MALFORMED * 4 / 5).containsOnly(200);
    assertThat(statuses.get(Kind.UNVERIFIABLE)).hasSize(MALFORMED / 5).containsOnly(400);
    // signed, so not lost: each unmappable delivery reached the application's hook, none the listener
    assertThat(unknown).hasSize(MALFORMED * 4 / 5)
        .allSatisfy(u -> assertThat(u.reason()).isEqualTo(UnknownNotification.Reason.UNMAPPABLE));
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

  /**
   * Runs payments through the testkit's simulated PayKKa (the engine behind the sandbox) and turns every change it
   * reports into the notification the sandbox would send: approvals and declines, full captures and voids of manual
   * authorisations, partial refunds. The truth is the engine's own final state.
   */
  private void generateLifecycles(Random random) {
    SimulatedPaykka engine = SimulatedPaykka.builder().clock(TestPlatform.CLOCK).build();
    List<PaymentChange> payments = new ArrayList<>();
    List<RefundChange> refundChanges = new ArrayList<>();
    // a change that sends no notification (a refund moving the order to PARTIALLY_REFUNDED) is not kept
    engine.onPaymentChange(change -> {
      if (change.notifyType().isDefined()) payments.add(change);
    });
    engine.onRefundChange(refundChanges::add);
    MerchantId merchant = MerchantId.of(TestPlatform.MERCHANT);
    Map<OrderId, Boolean> refunded = new HashMap<>();
    int n = 0;
    while (payments.size() + refundChanges.size() < GENUINE_AT_LEAST) {
      n++;
      CaptureMethod method = random.nextBoolean() ? CaptureMethod.MANUAL : CaptureMethod.AUTOMATIC;
      TestCard card = random.nextInt(10) == 0 ? TestCard.DECLINED : TestCard.VISA_SUCCESS;
      long amount = 100 + random.nextInt(100_000);
      PaymentRequest request = TestRequests.valid(TestRequests.purchase(card)
          .transId(String.format("S%010d", n))
          .captureMethod(method)
          .amount(Money.of(amount, Currency.USD))
          .goods(List.of(Goods.of("Tea", "https://shop.example/tea", amount, 1))));
      PaymentOrder order = engine.initiate(merchant, request).get().order();
      // what the application records when PayKKa answers the initiate call
      opened.put(order.orderId(), PaymentOrder.open(order.orderId(), order.transId(), order.amount(), method));
      if (order.status() == OrderStatus.AUTHORIZED) {
        int next = random.nextInt(3);
        if (next == 0) {
          order = engine.capture(merchant, CaptureCommand.of(order.orderId(), order.amount(), true)).get().order();
        } else if (next == 1) {
          order = engine.voidPayment(merchant, VoidCommand.of(order.orderId(), ReasonCode.OTHER)).get().order();
        } // else it stays AUTHORIZED
      }
      if (order.status() == OrderStatus.SUCCESS && random.nextInt(4) == 0) {
        RefundCommand refund = new RefundCommand(RefundTransId.of(String.format("R%010d", n)), order.orderId(),
            Money.of(1 + random.nextInt((int) Math.min(order.amount().minorUnits(), 5000)), Currency.USD),
            ReasonCode.REQUESTED_BY_CUSTOMER, Option.none());
        engine.refund(merchant, refund).get();
        refunded.put(order.orderId(), true);
      }
    }
    for (PaymentChange change : payments) {
      NotifyType type = change.notifyType().get();
      long ts = change.at().toEpochMilli() - random.nextInt(200_000);
      genuine.add(signed(paymentBody(type, change.result().order(), ts), ts));
    }
    for (RefundChange change : refundChanges) {
      Refund r = change.refund();
      NotifyType type = change.notifyType();
      long ts = change.at().toEpochMilli() - random.nextInt(200_000);
      PaymentOrder original = opened.get(r.originalOrderId().get());
      genuine.add(signed(refundBody(type, r.refundTransId().value(), original, r.amount().minorUnits(), ts), ts));
      refundTruth.put(r.refundTransId(), r.status());
    }
    for (OrderId id : opened.keySet()) {
      PaymentOrder finalOrder = engine.order(id).get().order();
      if (refunded.containsKey(id)) {
        // a refund changes the order without a PAYMENT.* notification (the engine's reading, as PayKKa's): what the
        // notifications tell of it ends at the order before the refund, SUCCESS with nothing refunded
        assertThat(finalOrder.status()).isIn(OrderStatus.PARTIALLY_REFUNDED, OrderStatus.REFUNDED);
        Balances b = finalOrder.balances();
        finalOrder = new PaymentOrder(id, finalOrder.transId(), finalOrder.amount(), finalOrder.captureMethod(),
            OrderStatus.SUCCESS, new Balances(b.authed(), b.captured(), b.voided(), Money.zero(Currency.USD)));
      }
      truth.put(id, finalOrder);
    }
    assertThat(refunded).isNotEmpty();
    // the lifecycles cover every status a notification reports
    assertThat(truth.values()).extracting(PaymentOrder::status)
        .contains(OrderStatus.AUTHORIZED, OrderStatus.SUCCESS, OrderStatus.FAILURE, OrderStatus.CANCELED);
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
      shots.add(new Shot(i % 5 == 4 ? Kind.UNVERIFIABLE : Kind.UNMAPPABLE, malformed(random, i)));
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
        // a genuine signature made long ago: replayed after the inbox (24 hours) may have forgotten it
        long ts = now() - 25 * 3_600_000L;
        String stale = text.replaceAll("\"timestamp\":\\d+", "\"timestamp\":" + ts);
        yield signed(stale.getBytes(UTF_8), ts);
      }
    };
  }

  /** Genuinely signed, but not a notification we can map (four in five) or even verify (a second timestamp). */
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
      default -> head + ",\"timestamp\":" + (ts + 1) + "}"; // two signed timestamps: which was signed?
    };
    return signed(body.getBytes(UTF_8), ts);
  }
}
