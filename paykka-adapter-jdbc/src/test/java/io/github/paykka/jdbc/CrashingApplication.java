package io.github.paykka.jdbc;

import static java.nio.charset.StandardCharsets.UTF_8;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import io.github.paykka.domain.id.RefundTransId;
import io.github.paykka.domain.id.TransId;
import io.github.paykka.domain.order.CaptureMethod;
import io.github.paykka.domain.order.OrderStatus;
import io.github.paykka.domain.order.PaymentOrder;
import io.github.paykka.domain.order.ReasonCode;
import io.github.paykka.domain.request.PaymentRequest;
import io.github.paykka.http.PaykkaEnvironment;
import io.github.paykka.http.PaykkaHttpAdapter;
import io.github.paykka.http.RetrySettings;
import io.github.paykka.ports.GatewayFailure;
import io.github.paykka.ports.journal.JournalEntry;
import io.github.paykka.ports.journal.JournalOutcome;
import io.github.paykka.ports.journal.JournalReconciler;
import io.github.paykka.ports.journal.PaymentJournal;
import io.github.paykka.ports.journal.ReconciliationReport;
import io.github.paykka.ports.payment.CaptureCommand;
import io.github.paykka.ports.payment.PaymentResult;
import io.github.paykka.ports.payment.VoidCommand;
import io.github.paykka.ports.refund.RefundCommand;
import io.github.paykka.testkit.TestCard;
import io.github.paykka.testkit.contract.TestRequests;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/**
 * The application {@link JournalCrashTest} kills: a merchant's process that pays through the HTTP adapter with the
 * PostgreSQL journal, against the sandbox of the test's JVM. At start-up it runs the reconciler; then it works
 * through payments {@code 0 .. limit-1}: one that the journal does not know is paid; one whose every journal entry
 * says it never happened is paid again (the reconciler's query said PayKKa has no order); any other is left alone
 * (done, or open: only the reconciler may decide it). Each payment follows a script by its number: automatic capture
 * and a partial refund; manual capture of all; a partial capture and a void of the rest; a void; a declined card.
 *
 * <p>It tells the test where it is on standard output, one line each: {@code reconciling}, {@code reconciled R U}
 * (entries resolved and unresolved), {@code ready}, {@code done}.
 *
 * <p>Arguments: JDBC URL, sandbox URL, merchant id, merchant private key PEM file, platform public key PEM file, limit,
 * the reconciler's minimum age in milliseconds.
 */
public final class CrashingApplication {
  /** The delay the test's faults stay below, with room: the adapter waits for answers this long. */
  static final Duration READ_TIMEOUT = Duration.ofSeconds(4);
  /** The adapter's deadline per call, retries included; the reconciler's minimum age must be longer. */
  static final Duration CALL_DEADLINE = Duration.ofSeconds(6);
  /** Where the sandbox sends notifications: nothing listens (connection refused at once). */
  static final String NOTIFY_URL = "http://127.0.0.1:1/notifications";

  private CrashingApplication() {}

  /** The {@code trans_id} of payment {@code n}. */
  static TransId transId(int n) {
    return TransId.of(String.format("CRASH%06d", n));
  }

  /** The {@code refund_trans_id} of the refund of payment {@code n}. */
  static RefundTransId refundTransId(int n) {
    return RefundTransId.of(String.format("RCRASH%06d", n));
  }

  /** What happens to payment {@code n} after it is initiated. */
  enum Script {
    CAPTURED_THEN_REFUNDED, CAPTURED_MANUALLY, PARTLY_CAPTURED_THEN_VOIDED, VOIDED, DECLINED;

    static Script of(int n) {
      return values()[n % values().length];
    }
  }

  /** The request of payment {@code n}: the same every time it is made, so that a retry is the same payment. */
  static PaymentRequest request(int n) {
    Script script = Script.of(n);
    PaymentRequest.Builder b = TestRequests.purchase(script == Script.DECLINED ? TestCard.DECLINED : TestCard.VISA_SUCCESS)
        .transId(transId(n)).notifyUrl(NOTIFY_URL);
    if (script != Script.CAPTURED_THEN_REFUNDED && script != Script.DECLINED) b.captureMethod(CaptureMethod.MANUAL);
    return TestRequests.valid(b);
  }

  public static void main(String[] args) throws IOException {
    String jdbcUrl = args[0];
    String sandboxUrl = args[1];
    String merchantId = args[2];
    String merchantKey = Files.readString(Path.of(args[3]), UTF_8);
    String platformKey = Files.readString(Path.of(args[4]), UTF_8);
    int limit = Integer.parseInt(args[5]);
    Duration minimumAge = Duration.ofMillis(Long.parseLong(args[6]));

    HikariConfig config = new HikariConfig();
    config.setJdbcUrl(jdbcUrl);
    config.setMaximumPoolSize(2);
    config.setPoolName("crashing-application");
    try (HikariDataSource pool = new HikariDataSource(config);
        PaykkaHttpAdapter adapter = adapter(sandboxUrl, merchantId, merchantKey, platformKey)
            .paymentJournal(JdbcPaymentJournal.create(pool)).build()) {
      PaymentJournal journal = JdbcPaymentJournal.create(pool);
      say("reconciling");
      ReconciliationReport report = JournalReconciler.builder().journal(journal).payments(adapter).refunds(adapter)
          .minimumAge(minimumAge).build().run();
      say("reconciled " + report.resolved().size() + " " + report.unresolved().size());
      say("ready");
      for (int n = 0; n < limit; n++) {
        List<JournalEntry> entries = journal.entriesFor(transId(n).value());
        if (entries.isEmpty() || entries.stream().allMatch(CrashingApplication::neverHappened)) pay(adapter, n);
      }
      say("done");
    }
  }

  /** The adapter's settings for the sandbox at {@code url}, without a journal. */
  static PaykkaHttpAdapter.Builder adapter(String url, String merchantId, String merchantKey, String platformKey) {
    return PaykkaHttpAdapter.builder()
        .merchantId(merchantId)
        .merchantPrivateKey(merchantKey)
        .platformPublicKey(platformKey)
        .environment(PaykkaEnvironment.local(url))
        .connectTimeout(Duration.ofSeconds(1))
        .readTimeout(READ_TIMEOUT)
        .callDeadline(CALL_DEADLINE)
        .retry(RetrySettings.defaults().withBackoff(Duration.ofMillis(5), Duration.ofMillis(50)));
  }

  private static boolean neverHappened(JournalEntry e) {
    return e.outcome().exists(o -> o instanceof JournalOutcome.NeverHappened);
  }

  private static void pay(PaykkaHttpAdapter adapter, int n) {
    Either<GatewayFailure, PaymentResult> paid = adapter.initiate(request(n));
    if (paid.isLeft()) return;
    PaymentOrder order = paid.get().order();
    switch (Script.of(n)) {
      case CAPTURED_THEN_REFUNDED -> {
        if (order.status() == OrderStatus.SUCCESS) {
          RefundCommand.of(order, refundTransId(n), TestRequests.usd(300), ReasonCode.REQUESTED_BY_CUSTOMER,
              Option.none()).forEach(adapter::refund);
        }
      }
      case CAPTURED_MANUALLY -> CaptureCommand.of(order, order.amount(), true).forEach(adapter::capture);
      case PARTLY_CAPTURED_THEN_VOIDED -> {
        if (CaptureCommand.of(order, TestRequests.usd(400), false).map(adapter::capture)
            .exists(Either::isRight)) {
          // the order as the capture left it, by the domain: the void's balances before it, without a query
          order.capture(TestRequests.usd(400), false).flatMap(t -> VoidCommand.of(t.order(), ReasonCode.OTHER))
              .forEach(adapter::voidPayment);
        }
      }
      case VOIDED -> VoidCommand.of(order, ReasonCode.OTHER).forEach(adapter::voidPayment);
      case DECLINED -> {
        // a result already: the order exists, FAILURE
      }
    }
  }

  private static void say(String line) {
    System.out.println(line);
    System.out.flush();
  }
}
