package io.github.paykka.webhook;

import io.github.paykka.domain.id.OrderId;
import io.github.paykka.domain.id.TransId;
import io.github.paykka.domain.money.Currency;
import io.github.paykka.domain.money.Money;
import io.github.paykka.domain.order.CaptureMethod;
import io.github.paykka.domain.order.PaymentOrder;
import io.github.paykka.wire.PaykkaHeaders;
import io.github.paykka.wire.WireCodec;
import io.github.paykka.wire.message.BalanceResp;
import io.github.paykka.domain.notification.NotifyType;
import io.github.paykka.wire.message.PaymentsNotifyReqDto;
import io.github.paykka.wire.message.RefundNotifyReqDto;
import io.github.paykka.wire.signature.SignatureScheme;
import io.github.paykka.wire.signature.Signer;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.security.PrivateKey;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * PayKKa's side of a notification, for tests: generated RSA keys (TEST KEYS, made fresh per JVM), bodies built from
 * real domain order states, signed with the wire module's {@link SignatureScheme} as PayKKa is assumed to sign.
 */
final class TestPlatform {
  static final String MERCHANT = "M10000000001";
  static final Instant NOW = Instant.parse("2025-06-01T12:00:00Z");
  static final Clock CLOCK = Clock.fixed(NOW, ZoneOffset.UTC);

  /** The current platform key pair, and the one it replaces (key rotation). */
  static final KeyPair KEY = generate();
  static final KeyPair OLD_KEY = generate();
  /** A key that is not PayKKa's. */
  static final KeyPair FORGER = generate();

  private static final WireCodec CODEC = WireCodec.create();
  private static final SignatureScheme SCHEME = SignatureScheme.standard();

  private TestPlatform() {}

  /** A signed delivery: the raw body and its headers. */
  record Delivery(byte[] body, Map<String, List<String>> headers) {
    Delivery withHeader(String name, String value) {
      Map<String, List<String>> h = new LinkedHashMap<>(headers);
      h.put(name, List.of(value));
      return new Delivery(body, h);
    }

    Delivery withoutHeader(String name) {
      Map<String, List<String>> h = new LinkedHashMap<>(headers);
      h.keySet().removeIf(k -> k.equalsIgnoreCase(name));
      return new Delivery(body, h);
    }

    String signature() {
      return headers.get(PaykkaHeaders.SIGNATURE).get(0);
    }
  }

  static KeyPair generate() {
    try {
      KeyPairGenerator g = KeyPairGenerator.getInstance("RSA");
      g.initialize(2048);
      return g.generateKeyPair();
    } catch (NoSuchAlgorithmException e) {
      throw new AssertionError(e);
    }
  }

  static PaymentOrder order(int n, long minorUnits, CaptureMethod captureMethod) {
    return PaymentOrder.open(OrderId.of(String.format("GW%010d", n)), TransId.of(String.format("T%010d", n)),
        Money.of(minorUnits, Currency.USD), captureMethod);
  }

  /** The body PayKKa would send about {@code order} in its current state. */
  static byte[] paymentBody(NotifyType type, PaymentOrder order, long timestamp) {
    var b = order.balances();
    // no able_to_* figures: read back, they would ride along as PayKKa's reported ones and the merchant's orders
    // would differ from the engine's by them alone
    BalanceResp balances = new BalanceResp(b.authed().minorUnits(), b.captured().minorUnits(), null,
        b.voided().minorUnits(), null, b.refunded().minorUnits(), null);
    boolean failed = type == NotifyType.PAYMENT_FAILURE;
    PaymentsNotifyReqDto dto = new PaymentsNotifyReqDto(timestamp, type.wireName(), failed ? "2099" : null,
        failed ? "Invalid Card" : null, MERCHANT, order.transId().value(), order.orderId().value(), null,
        order.status().name(), order.amount().minorUnits(), order.amount().currency().code(),
        null, null, null, null, null, null, null, null, balances);
    return CODEC.encode(dto);
  }

  static byte[] refundBody(NotifyType type, String refundTransId, PaymentOrder original, long amount,
      long timestamp) {
    boolean failed = type == NotifyType.REFUND_FAILURE;
    RefundNotifyReqDto dto = new RefundNotifyReqDto(timestamp, type.wireName(), MERCHANT, refundTransId,
        original.orderId().value(), original.orderId().value(), "RG" + refundTransId,
        (failed ? "FAILURE" : "SUCCESS"), amount, original.amount().currency().code(),
        failed ? "1006" : null, failed ? "refund not allowed" : null);
    return CODEC.encode(dto);
  }

  /** Signs {@code body} (whose merchant_id and timestamp must be MERCHANT and {@code timestamp}) with {@code key}. */
  static Delivery signed(byte[] body, long timestamp, PrivateKey key) {
    String signature = SCHEME.signNotification(Signer.rsa(key), MERCHANT, timestamp, body);
    return delivery(body, signature);
  }

  static Delivery signed(byte[] body, long timestamp) {
    return signed(body, timestamp, KEY.getPrivate());
  }

  /**
   * Signs {@code body} as PayKKa would for {@code merchant}, over the {@code timestamp} text exactly as the body
   * carries it (empty if it has none).
   */
  static Delivery signedAs(byte[] body, String merchant, String timestampText) {
    return delivery(body, SCHEME.signNotification(Signer.rsa(KEY.getPrivate()), merchant, timestampText, body));
  }

  static Delivery delivery(byte[] body, String signature) {
    Map<String, List<String>> headers = new LinkedHashMap<>();
    headers.put(PaykkaHeaders.CONTENT_TYPE, List.of(PaykkaHeaders.APPLICATION_JSON));
    headers.put(PaykkaHeaders.TYPE, List.of(PaykkaHeaders.TYPE_RSA256));
    headers.put(PaykkaHeaders.VERSION, List.of(PaykkaHeaders.VERSION_V1_2));
    headers.put(PaykkaHeaders.SIGNATURE, List.of(signature));
    return new Delivery(body, headers);
  }

  static long now() {
    return NOW.toEpochMilli();
  }
}
