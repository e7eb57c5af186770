package io.github.paykka.testkit.cli;

import static java.nio.charset.StandardCharsets.UTF_8;

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
import io.github.paykka.domain.refund.RefundStatus;
import io.github.paykka.testkit.TestCard;
import io.github.paykka.testkit.simulation.SimulatedPaykka;
import io.github.paykka.wire.PaykkaHeaders;
import io.github.paykka.wire.WireCodec;
import io.github.paykka.wire.mapping.SandboxMapper;
import io.github.paykka.wire.signature.PemKeys;
import io.github.paykka.wire.signature.SignatureScheme;
import io.github.paykka.wire.signature.Signer;
import java.io.IOException;
import java.io.PrintWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.security.PrivateKey;
import java.time.Clock;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code paykka notify}: POSTs one signed test notification of a chosen type to a URL, as PayKKa (and the sandbox)
 * would: the body the wire mapping writes, signed with the platform private key over
 * {@code merchantId=...&timestamp=...&requestBody=<body>}, with PayKKa's headers.
 */
@Command(
    name = "notify",
    mixinStandardHelpOptions = true,
    description = {
      "Sends a signed test notification to your webhook, as PayKKa would, and prints the answer.",
      "Sign with the platform private key whose public key the webhook trusts (e.g. the sandbox's "
          + "--platform-private-key, or one made with 'paykka keys generate --name platform')."
    },
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {"0:the webhook answered HTTP 200 (acknowledged)",
        "1:it answered something else, or could not be reached (PayKKa would redeliver)", "2:wrong arguments",
        "3:cannot read the key"})
final class NotifyCommand implements Callable<Integer> {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Option(names = "--url", paramLabel = "URL", required = true, description = "the webhook (notify_url)")
  String url = "";

  @Option(names = "--platform-private-key", paramLabel = "FILE", required = true,
      description = "the key to sign with (PEM or bare Base64)")
  Path key = Path.of("");

  @Option(names = "--merchant-id", paramLabel = "ID", required = true, description = "the merchant_id of the body")
  String merchantId = "";

  @Option(names = "--type", paramLabel = "TYPE", defaultValue = "PAYMENT.SUCCESS",
      description = "PAYMENT.AUTHORIZATION, PAYMENT.SUCCESS, PAYMENT.FAILURE, PAYMENT.CANCELED, REFUND.SUCCESS or "
          + "REFUND.FAILURE (default PAYMENT.SUCCESS)")
  String type = "PAYMENT.SUCCESS";

  @Option(names = "--trans-id", paramLabel = "ID",
      description = "trans_id: the merchant's order (or, for a refund, refund) number (default T<timestamp>)")
  @Nullable String transId;

  @Option(names = "--order-id", paramLabel = "ID", description = "PayKKa's order number (default GW<timestamp>)")
  @Nullable String orderId;

  @Option(names = "--refund-order-id", paramLabel = "ID",
      description = "for a refund: PayKKa's refund number (default RG<timestamp>)")
  @Nullable String refundOrderId;

  @Option(names = "--amount", paramLabel = "MINOR", description = "amount in minor units (default 1000)")
  long amount = 1000;

  @Option(names = "--currency", paramLabel = "CODE", description = "ISO 4217 code (default USD)")
  String currency = "USD";

  @Option(names = "--timestamp", paramLabel = "MILLIS", description = "the signed timestamp (default now)")
  @Nullable Long timestamp;

  @Option(names = "--dry-run", description = "print the headers and body instead of sending them")
  boolean dryRun;

  Clock clock = Clock.systemUTC();

  @Override
  public Integer call() {
    NotifyType notifyType = NotifyType.fromWire(type.strip().toUpperCase(Locale.ROOT)).getOrElseThrow(() ->
        CliFailure.usage("--type " + type + ": one of PAYMENT.AUTHORIZATION, PAYMENT.SUCCESS, PAYMENT.FAILURE, "
            + "PAYMENT.CANCELED, REFUND.SUCCESS, REFUND.FAILURE"));
    PrivateKey privateKey;
    try {
      privateKey = PemKeys.privateKey(SandboxCommand.read(key, "--platform-private-key"));
    } catch (IllegalArgumentException e) {
      throw CliFailure.cannotRun("--platform-private-key " + key + ": " + e.getMessage());
    }
    URI target;
    try {
      target = URI.create(url);
      if (!"http".equals(target.getScheme()) && !"https".equals(target.getScheme())) {
        throw new IllegalArgumentException("not http(s)");
      }
    } catch (IllegalArgumentException e) {
      throw CliFailure.usage("--url " + url + ": not an http(s) URL");
    }
    long ts = timestamp != null ? timestamp : clock.millis();
    byte[] body;
    try {
      body = body(notifyType, ts);
    } catch (IllegalArgumentException e) {
      throw CliFailure.usage(e.getMessage());
    }
    Map<String, String> headers = new LinkedHashMap<>();
    headers.put(PaykkaHeaders.CONTENT_TYPE, PaykkaHeaders.APPLICATION_JSON);
    headers.put(PaykkaHeaders.TYPE, PaykkaHeaders.TYPE_RSA256);
    headers.put(PaykkaHeaders.VERSION, PaykkaHeaders.VERSION_V1_2);
    headers.put(PaykkaHeaders.SIGNATURE,
        SignatureScheme.standard().signNotification(Signer.rsa(privateKey), merchantId, ts, body));
    PrintWriter out = spec.commandLine().getOut();
    if (dryRun) {
      out.println("POST " + target);
      headers.forEach((k, v) -> out.println(k + ": " + v));
      out.println();
      out.println(new String(body, UTF_8));
      out.flush();
      return PaykkaCommand.OK;
    }
    HttpRequest.Builder request = HttpRequest.newBuilder(target).timeout(Duration.ofSeconds(10))
        .POST(HttpRequest.BodyPublishers.ofByteArray(body));
    headers.forEach(request::header);
    HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5))
        .followRedirects(HttpClient.Redirect.NEVER).build();
    long started = System.nanoTime();
    HttpResponse<String> answer;
    try {
      answer = client.send(request.build(), HttpResponse.BodyHandlers.ofString(UTF_8));
    } catch (IOException e) {
      out.println("no answer from " + target + ": " + e.getClass().getSimpleName()
          + (e.getMessage() == null ? "" : ": " + e.getMessage()) + " (PayKKa would deliver it again later)");
      out.flush();
      return PaykkaCommand.NEGATIVE;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw CliFailure.cannotRun("interrupted");
    }
    long ms = (System.nanoTime() - started) / 1_000_000;
    boolean acknowledged = answer.statusCode() == 200;
    out.println(notifyType.wireName() + " to " + target + ": HTTP " + answer.statusCode() + " in " + ms + " ms"
        + (acknowledged ? " (acknowledged)" : " (not acknowledged: PayKKa would deliver it again)"));
    String shown = answer.body().length() > 2000 ? answer.body().substring(0, 2000) + "..." : answer.body();
    if (!shown.isEmpty()) out.println(shown);
    out.flush();
    return acknowledged ? PaykkaCommand.OK : PaykkaCommand.NEGATIVE;
  }

  /** The notification's body, as the sandbox writes one of this type. */
  byte[] body(NotifyType notifyType, long ts) {
    Currency cur = Currency.of(currency.strip().toUpperCase(Locale.ROOT));
    Money money = Money.of(amount, cur);
    MerchantId merchant = MerchantId.of(merchantId);
    OrderId order = OrderId.of(orderId != null ? orderId : "GW" + ts);
    SandboxMapper mapper = SandboxMapper.create();
    WireCodec codec = WireCodec.create();
    if (notifyType.isRefund()) {
      boolean ok = notifyType == NotifyType.REFUND_SUCCESS;
      io.vavr.control.Option<String> errorCode =
          ok ? io.vavr.control.Option.none() : io.vavr.control.Option.some(SimulatedPaykka.REFUND_FAILED_CODE);
      io.vavr.control.Option<String> description =
          ok ? io.vavr.control.Option.none() : io.vavr.control.Option.some("Refund failed");
      RefundNotification n = new RefundNotification(notifyType, merchant, ts,
          RefundTransId.of(transId != null ? transId : "R" + ts), order,
          io.vavr.control.Option.some(RefundOrderId.of(refundOrderId != null ? refundOrderId : "RG" + ts)),
          ok ? RefundStatus.SUCCESS : RefundStatus.FAILURE, money, errorCode, description);
      return codec.encode(mapper.refundNotification(n));
    }
    OrderStatus status = switch (notifyType) {
      case PAYMENT_AUTHORIZATION -> OrderStatus.AUTHORIZED;
      case PAYMENT_FAILURE -> OrderStatus.FAILURE;
      case PAYMENT_CANCELED -> OrderStatus.CANCELED;
      default -> OrderStatus.SUCCESS;
    };
    Money zero = Money.zero(cur);
    Balances balances = switch (status) {
      case SUCCESS -> new Balances(money, money, zero, zero);
      case AUTHORIZED -> new Balances(money, zero, zero, zero);
      default -> new Balances(zero, zero, zero, zero);
    };
    boolean failed = status == OrderStatus.FAILURE;
    io.vavr.control.Option<String> none = io.vavr.control.Option.none();
    PaymentNotification n = new PaymentNotification(notifyType, merchant, ts,
        TransId.of(transId != null ? transId : "T" + ts), order, status, money, io.vavr.control.Option.some(balances),
        failed ? io.vavr.control.Option.some(TestCard.DECLINED_CODE) : none,
        failed ? io.vavr.control.Option.some("Invalid Card") : none,
        io.vavr.control.Option.none(), io.vavr.control.Option.none(), io.vavr.control.Option.none(),
        io.vavr.control.Option.none(), io.vavr.control.Option.none());
    return codec.encode(mapper.paymentNotification(n));
  }
}
