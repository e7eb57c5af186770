package io.github.paykka.webhook;

import static io.github.paykka.webhook.TestPlatform.now;
import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.paykka.domain.id.MerchantId;
import io.github.paykka.domain.order.CaptureMethod;
import io.github.paykka.domain.order.PaymentOrder;
import io.github.paykka.webhook.TestPlatform.Delivery;
import io.github.paykka.domain.notification.NotifyType;
import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;
import net.jqwik.api.statistics.StatisticsReport;

/** Any method, header map and body yields one of the documented outcomes, never an exception. */
class WebhookHandlerProperties {
  static final Set<Integer> STATUSES = Set.of(200, 400, 401, 405, 413, 500, 503);

  final AtomicInteger calls = new AtomicInteger();
  final PaykkaWebhookHandler handler = PaykkaWebhookHandler.builder()
      .platformPublicKey(TestPlatform.KEY.getPublic())
      .merchantId(MerchantId.of(TestPlatform.MERCHANT))
      .clock(TestPlatform.CLOCK)
      .maxBodyBytes(2048)
      .listener(n -> {
        // a listener that sometimes fails, so that 500 is among the outcomes
        if (calls.incrementAndGet() % 3 == 0) throw new IllegalStateException("flaky");
      })
      .build();

  record Input(String method, Map<String, List<String>> headers, byte[] body) {}

  @Property(tries = 2000)
  // the coverage of outcomes is asserted below; the statistics are printed only when the property fails
  @StatisticsReport(onFailureOnly = true)
  void anyInputYieldsADocumentedOutcomeAndNeverThrows(@ForAll("inputs") Input input) {
    int before = calls.get();

    WebhookResponse fromBytes = handler.handle(input.method(), input.headers(), input.body());
    int between = calls.get();
    WebhookResponse fromStream =
        handler.handle(input.method(), input.headers(), new ByteArrayInputStream(input.body()));

    Statistics.label("outcome").collect(fromBytes.outcome().getClass().getSimpleName());
    Statistics.label("outcome").coverage(c -> {
      // the inputs reach every stage, not only the signature check
      for (String stage : List.of("Processed", "Malformed", "Unauthentic", "MethodNotAllowed", "ListenerFailed")) {
        c.check(stage).count(n -> n >= 10);
      }
    });
    for (WebhookResponse r : List.of(fromBytes, fromStream)) {
      assertThat(STATUSES).contains(r.status());
      assertThat(r.status()).isEqualTo(r.outcome().status());
      assertThat(r.bodyText()).startsWith("{\"ret_code\":\"").endsWith("\"}");
      assertThat(r.headers()).containsKey("Content-Type");
    }
    // the listener runs exactly when the outcome says it did
    assertThat(between - before).isEqualTo(ranTheListener(fromBytes.outcome()) ? 1 : 0);
    assertThat(calls.get() - between).isEqualTo(ranTheListener(fromStream.outcome()) ? 1 : 0);
    // both ways of handing over the body agree (up to deduplication of what the first one processed), unless a
    // declared Content-Length, which only the stream variant reads, is over the limit
    boolean declared = input.headers().keySet().stream().anyMatch("content-length"::equalsIgnoreCase);
    if (declared) return;
    if (fromBytes.outcome() instanceof WebhookOutcome.Processed) {
      assertThat(fromStream.outcome()).isInstanceOf(WebhookOutcome.Duplicate.class);
    } else if (!(fromBytes.outcome() instanceof WebhookOutcome.ListenerFailed)) {
      assertThat(fromStream.outcome().getClass()).isEqualTo(fromBytes.outcome().getClass());
    }
  }

  static boolean ranTheListener(WebhookOutcome o) {
    return o instanceof WebhookOutcome.Processed || o instanceof WebhookOutcome.ListenerFailed;
  }

  @Provide
  Arbitrary<Input> inputs() {
    Arbitrary<String> method = Arbitraries.frequencyOf(
        net.jqwik.api.Tuple.of(9, Arbitraries.just("POST")),
        net.jqwik.api.Tuple.of(1, Arbitraries.of("GET", "PUT", "post", " POST ", "", "\u0000")));
    return Arbitraries.oneOf(
        Combinators.combine(method, headers(), Arbitraries.bytes().array(byte[].class).ofMaxSize(300))
            .as(Input::new),
        Combinators.combine(method, Arbitraries.integers().between(1, 1_000_000), mutations(), headers(),
                Arbitraries.integers().between(0, 3))
            .as(WebhookHandlerProperties::signedInput),
        Combinators.combine(method, jsonish(), headers()).as((m, json, extra) -> {
          // any JSON-like body, genuinely signed, so that it reaches the parser
          Delivery d = TestPlatform.signed(json.getBytes(UTF_8), now());
          return new Input(m, merge(d.headers(), extra), d.body());
        }));
  }

  /** A genuine notification, then perhaps mutated after (or before) signing, with noise headers. */
  static Input signedInput(String method, int n, List<Integer> flips, Map<String, List<String>> extra, int mode) {
    PaymentOrder order = TestPlatform.order(n, 100 + n % 5000, CaptureMethod.AUTOMATIC).approve().get().order();
    byte[] body = TestPlatform.paymentBody(NotifyType.PAYMENT_SUCCESS, order, now());
    byte[] mutated = body.clone();
    for (int f : flips) mutated[Math.floorMod(f, mutated.length)] ^= (byte) (1 + Math.floorMod(f, 255));
    Delivery d = switch (mode) {
      case 0 -> TestPlatform.signed(body, now()); // genuine
      case 1 -> new Delivery(mutated, TestPlatform.signed(body, now()).headers()); // tampered after signing
      case 2 -> TestPlatform.delivery(mutated, TestPlatform.signed(mutated, now()).signature()); // signed garbage
      default -> TestPlatform.signed(body, now() - 3_600_000L); // stale
    };
    return new Input(method, merge(d.headers(), extra), d.body());
  }

  static Map<String, List<String>> merge(Map<String, List<String>> base, Map<String, List<String>> extra) {
    Map<String, List<String>> out = new HashMap<>(base);
    extra.forEach((k, v) -> {
      // noise must not replace the signature in most cases; when it does, that is an input too
      if (!k.equalsIgnoreCase("signature") || v.size() % 2 == 0) out.put(k, v);
    });
    return out;
  }

  Arbitrary<List<Integer>> mutations() {
    return Arbitraries.integers().list().ofMaxSize(3);
  }

  Arbitrary<Map<String, List<String>>> headers() {
    Arbitrary<String> names = Arbitraries.oneOf(
        Arbitraries.of("signature", "SIGNATURE", "Signature", "type", "TYPE", "version", "Content-Length",
            "content-length", "Content-Type", "X-Other"),
        Arbitraries.strings().ofMaxLength(12));
    Arbitrary<String> values = Arbitraries.oneOf(
        Arbitraries.strings().ofMaxLength(40),
        Arbitraries.of("RSA256", "rsa256", "v1.2", "0", "-1", "99999999999999999999", "2049", "%", "%2", "%ZZ",
            "====", "a+b/c=", " "),
        Arbitraries.strings().withCharRange('0', '9').ofMinLength(1).ofMaxLength(6));
    Arbitrary<List<String>> valueLists = Arbitraries.oneOf(
        values.list().ofMaxSize(3),
        values.list().ofMaxSize(3).map(l -> {
          List<String> withNull = new ArrayList<>(l);
          withNull.add(null);
          return withNull;
        }));
    return Arbitraries.maps(names, valueLists).ofMaxSize(4);
  }

  Arbitrary<String> jsonish() {
    Arbitrary<String> value = Arbitraries.oneOf(
        Arbitraries.strings().ofMaxLength(10).map(s -> "\"" + s.replace("\\", "").replace("\"", "") + "\""),
        Arbitraries.longs().map(String::valueOf),
        Arbitraries.of("null", "true", "1.5", "{}", "[]", "\"PAYMENT.SUCCESS\"", "\"REFUND.FAILURE\"",
            "\"SUCCESS\"", "\"USD\"", "\"JPY\"", "\"GW1\"", "-1", "0", "{\"bin\":\"424242\"}"));
    Arbitrary<String> field = Arbitraries.of("notify_type", "status", "amount", "currency", "trans_id", "order_id",
        "ori_order_id", "refund_order_id", "balances", "card_info", "error_code", "token", "session_id", "x");
    Arbitrary<String> pair = Combinators.combine(field, value).as((f, v) -> "\"" + f + "\":" + v);
    return pair.list().ofMaxSize(8).map(pairs -> {
      StringBuilder sb = new StringBuilder("{\"merchant_id\":\"" + TestPlatform.MERCHANT + "\",\"timestamp\":" + now());
      for (String p : pairs) sb.append(',').append(p);
      return sb.append('}').toString();
    });
  }
}
