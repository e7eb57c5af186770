package io.github.paykka.testkit.webhook;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.paykka.domain.id.MerchantId;
import io.github.paykka.domain.id.OrderId;
import io.github.paykka.domain.id.RefundOrderId;
import io.github.paykka.domain.id.RefundTransId;
import io.github.paykka.domain.id.TransId;
import io.github.paykka.domain.money.Currency;
import io.github.paykka.domain.money.Money;
import io.github.paykka.domain.notification.NotifyType;
import io.github.paykka.domain.notification.PaymentNotification;
import io.github.paykka.domain.notification.RefundNotification;
import io.github.paykka.domain.order.Balances;
import io.github.paykka.domain.order.OrderStatus;
import io.github.paykka.domain.order.PaymentOrder;
import io.github.paykka.domain.refund.RefundStatus;
import io.github.paykka.testkit.TestCard;
import io.github.paykka.testkit.simulation.SimulatedPaykka;
import io.github.paykka.wire.WireCodec;
import io.github.paykka.wire.mapping.SandboxMapper;
import io.vavr.control.Option;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;

/**
 * A test notification, built and signed: a payment or refund notification as the sandbox writes it, with sensible
 * defaults and any field overridable, for unit tests of a webhook without a sandbox. Get one from
 * {@link WebhookTestSigner#payment()} or {@link WebhookTestSigner#refund()}; {@link #sign()} answers the headers and
 * exact body bytes that {@code PaykkaWebhookHandler.handle} takes as they are, or that
 * {@link WebhookTestSigner.SignedNotification#httpRequest} POSTs.
 *
 * <p>Defaults: a payment notification is {@code PAYMENT.SUCCESS} of order {@code GW...} ({@code trans_id T-...}) for
 * USD 19.99, SUCCESS, with the balances its status implies; a refund notification is {@code REFUND.SUCCESS} of refund
 * {@code R-...} ({@code RG...}) of order {@code GW...} for USD 19.99. The status follows the type (a
 * {@code PAYMENT.FAILURE} is FAILURE with error code {@code 2099}, a {@code REFUND.FAILURE} FAILURE with
 * {@code 1006}) unless set. The merchant is the signer's; the timestamp is now, in milliseconds. Each notification
 * gets identifiers of its own. Not thread-safe; one builder per notification.
 */
public final class TestNotification {
  private final WebhookTestSigner signer;
  private final boolean refund;
  private final Clock clock;
  private final WireCodec codec = WireCodec.create();
  private final List<Consumer<ObjectNode>> edits = new ArrayList<>();
  private NotifyType type;
  private String merchantId;
  private String transId;
  private OrderId orderId;
  private RefundOrderId refundOrderId;
  private @Nullable OrderStatus orderStatus;
  private @Nullable RefundStatus refundStatus;
  private Money amount = Money.of(1_999, Currency.USD);
  private @Nullable Balances balances;
  private Timestamp timestamp = Timestamp.NOW_MILLIS;
  private @Nullable Instant at;

  private enum Timestamp { NOW_MILLIS, MILLIS, SECONDS, ABSENT }

  TestNotification(WebhookTestSigner signer, boolean refund, String merchantId, Clock clock, long n) {
    this.signer = signer;
    this.refund = refund;
    this.merchantId = merchantId;
    this.clock = clock;
    this.type = refund ? NotifyType.REFUND_SUCCESS : NotifyType.PAYMENT_SUCCESS;
    this.transId = (refund ? "R-" : "T-") + n;
    this.orderId = OrderId.of(String.format("GW%018d", n));
    this.refundOrderId = RefundOrderId.of(String.format("RG%018d", n));
  }

  /**
   * The {@code notify_type}: a {@code PAYMENT.*} type for a payment notification, a {@code REFUND.*} one for a refund.
   * For a type this version does not know, set the field: {@code field("notify_type", "DISPUTE.CREATED")}.
   *
   * @throws IllegalArgumentException if the type is of the other kind
   */
  public TestNotification type(NotifyType type) {
    requireNonNull(type, "type == null");
    if (type.isRefund() != refund) {
      throw new IllegalArgumentException("type " + type.wireName() + " is not a " + (refund ? "refund" : "payment")
          + " notification's; use WebhookTestSigner." + (refund ? "payment()" : "refund()"));
    }
    this.type = type;
    return this;
  }

  /** The {@code merchant_id} it is signed for; the signer's by default. */
  public TestNotification merchantId(String merchantId) {
    this.merchantId = MerchantId.of(merchantId).value();
    return this;
  }

  /** A payment's {@code trans_id} (the merchant's order number). */
  public TestNotification transId(TransId transId) {
    requirePayment("transId");
    this.transId = requireNonNull(transId, "transId == null").value();
    return this;
  }

  /** A refund's {@code trans_id}: the merchant's refund number. */
  public TestNotification refundTransId(RefundTransId refundTransId) {
    requireRefund("refundTransId");
    this.transId = requireNonNull(refundTransId, "refundTransId == null").value();
    return this;
  }

  /** PayKKa's order: the paid order ({@code order_id}), or the refunded one ({@code order_id} and {@code ori_order_id}). */
  public TestNotification orderId(OrderId orderId) {
    this.orderId = requireNonNull(orderId, "orderId == null");
    return this;
  }

  /** A refund's {@code refund_order_id}, PayKKa's refund number. */
  public TestNotification refundOrderId(RefundOrderId refundOrderId) {
    requireRefund("refundOrderId");
    this.refundOrderId = requireNonNull(refundOrderId, "refundOrderId == null");
    return this;
  }

  /**
   * A payment notification of {@code order} as it is: its ids, amount, status and balances, and the type that status
   * is notified with ({@code PAYMENT.AUTHORIZATION} for AUTHORIZED, {@code PAYMENT.SUCCESS} for SUCCESS, ...; the type
   * is left as it was for a status no type carries). For a refund notification: the refunded order's id and currency.
   */
  public TestNotification order(PaymentOrder order) {
    requireNonNull(order, "order == null");
    this.orderId = order.orderId();
    if (refund) {
      this.amount = Money.of(amount.minorUnits(), order.amount().currency());
      return this;
    }
    this.transId = order.transId().value();
    this.amount = order.amount();
    this.orderStatus = order.status();
    this.balances = order.balances().withoutReported();
    for (NotifyType t : NotifyType.values()) {
      // the first type of the table that carries the status: AUTHORIZED is PAYMENT.AUTHORIZATION's before SUCCESS's
      if (t.admits(order.status())) {
        this.type = t;
        break;
      }
    }
    return this;
  }

  /** A payment's {@code status}; by default the one its type carries. For a status this version does not know, set the field. */
  public TestNotification status(OrderStatus status) {
    requirePayment("status(OrderStatus)");
    this.orderStatus = requireNonNull(status, "status == null");
    return this;
  }

  /** A refund's {@code status}; by default the one its type carries. */
  public TestNotification status(RefundStatus status) {
    requireRefund("status(RefundStatus)");
    this.refundStatus = requireNonNull(status, "status == null");
    return this;
  }

  /** The {@code amount} and {@code currency} (a payment's order amount, a refund's refunded amount); USD 19.99 by default. */
  public TestNotification amount(Money amount) {
    this.amount = requireNonNull(amount, "amount == null");
    return this;
  }

  /** A payment's {@code balances}; by default what its status implies for its amount. */
  public TestNotification balances(Balances balances) {
    requirePayment("balances");
    this.balances = requireNonNull(balances, "balances == null").withoutReported();
    return this;
  }

  /** The signed {@code timestamp}, in epoch milliseconds (as this library and the sandbox write it). */
  public TestNotification timestamp(Instant at) {
    this.at = requireNonNull(at, "at == null");
    this.timestamp = Timestamp.MILLIS;
    return this;
  }

  /** The signed {@code timestamp} in epoch seconds, as PayKKa's v1.2 notification page shows it. */
  public TestNotification timestampInSeconds(Instant at) {
    this.at = requireNonNull(at, "at == null");
    this.timestamp = Timestamp.SECONDS;
    return this;
  }

  /** No {@code timestamp} at all: signed over an empty one, as PayKKa may send it. */
  public TestNotification withoutTimestamp() {
    this.timestamp = Timestamp.ABSENT;
    this.at = null;
    return this;
  }

  /**
   * Sets any top-level field of the body to {@code value} (a string, number, boolean, list, map, a Jackson
   * {@link JsonNode}, or {@code null} for JSON null), after the defaults and the setters above: an extra field, a value
   * no document names ({@code field("status", "PENDING_REVIEW")}), a field in another shape. A {@code merchant_id} or
   * {@code timestamp} set this way is what is signed.
   */
  public TestNotification field(String name, @Nullable Object value) {
    requireNonNull(name, "name == null");
    JsonNode node = value == null ? JsonNodeFactory.instance.nullNode()
        : value instanceof JsonNode n ? n : codec.tree(codec.encode(value)).get();
    edits.add(body -> body.set(name, node));
    return this;
  }

  /** Removes a top-level field of the body (e.g. {@code ori_order_id}, or {@code amount} to test a body the domain cannot map). */
  public TestNotification without(String name) {
    requireNonNull(name, "name == null");
    edits.add(body -> body.remove(name));
    return this;
  }

  /** The body, signed with the signer's platform key over its own {@code merchant_id} and {@code timestamp} text. */
  public WebhookTestSigner.SignedNotification sign() {
    long millis = at != null ? at.toEpochMilli() : clock.millis();
    ObjectNode body = (ObjectNode) codec.tree(codec.encode(refund ? refundBody(millis) : paymentBody(millis))).get();
    switch (timestamp) {
      case SECONDS -> body.put("timestamp", Math.floorDiv(millis, 1000L));
      case ABSENT -> body.remove("timestamp");
      default -> body.put("timestamp", millis);
    }
    for (Consumer<ObjectNode> edit : edits) edit.accept(body);
    JsonNode merchant = body.get("merchant_id");
    JsonNode ts = body.get("timestamp");
    String timestampText = ts == null || ts.isNull() ? "" : ts.asText();
    return signer.signRaw(codec.encode(body), merchant != null && !merchant.isNull() ? merchant.asText() : "",
        timestampText);
  }

  private Object paymentBody(long millis) {
    OrderStatus status = orderStatus != null ? orderStatus : switch (type) {
      case PAYMENT_AUTHORIZATION -> OrderStatus.AUTHORIZED;
      case PAYMENT_FAILURE -> OrderStatus.FAILURE;
      case PAYMENT_CANCELED -> OrderStatus.CANCELED;
      default -> OrderStatus.SUCCESS;
    };
    boolean failed = status == OrderStatus.FAILURE;
    Balances b = balances != null && balances.currency().equals(amount.currency()) ? balances
        : Balances.impliedBy(status, amount);
    PaymentNotification n = new PaymentNotification(type, MerchantId.of(merchantId), millis, TransId.of(transId),
        orderId, status, amount, Option.some(b),
        failed ? Option.some(TestCard.DECLINED_CODE) : Option.none(),
        failed ? Option.some("Invalid Card") : Option.none(),
        Option.none(), Option.none(), Option.none(), Option.none(), Option.none());
    return SandboxMapper.create().paymentNotification(n);
  }

  private Object refundBody(long millis) {
    RefundStatus status = refundStatus != null ? refundStatus
        : type == NotifyType.REFUND_FAILURE ? RefundStatus.FAILURE : RefundStatus.SUCCESS;
    boolean failed = status == RefundStatus.FAILURE;
    RefundNotification n = new RefundNotification(type, MerchantId.of(merchantId), millis, RefundTransId.of(transId),
        orderId, Option.some(refundOrderId), status, amount,
        failed ? Option.some(SimulatedPaykka.REFUND_FAILED_CODE) : Option.none(),
        failed ? Option.some("Refund failed") : Option.none());
    return SandboxMapper.create().refundNotification(n);
  }

  private void requirePayment(String setting) {
    if (refund) throw new IllegalArgumentException(setting + " is a payment notification's setting");
  }

  private void requireRefund(String setting) {
    if (!refund) throw new IllegalArgumentException(setting + " is a refund notification's setting");
  }

  @Override
  public String toString() {
    return "TestNotification[" + type.wireName() + " " + orderId.value() + "]";
  }
}
