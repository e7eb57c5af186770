package io.github.paykka.jdbc;

import static io.github.paykka.jdbc.CrashingApplication.refundTransId;
import static io.github.paykka.jdbc.CrashingApplication.transId;
import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.paykka.domain.id.TransId;
import io.github.paykka.domain.refund.Refund;
import io.github.paykka.http.PaykkaHttpAdapter;
import io.github.paykka.ports.Operation;
import io.github.paykka.ports.journal.JournalEntry;
import io.github.paykka.ports.journal.JournalIntent;
import io.github.paykka.ports.journal.JournalOutcome;
import io.github.paykka.ports.journal.JournalReconciler;
import io.github.paykka.ports.journal.PaymentJournal;
import io.github.paykka.ports.journal.ReconciliationReport;
import io.github.paykka.ports.payment.PaymentResult;
import io.github.paykka.testkit.sandbox.Fault;
import io.github.paykka.testkit.sandbox.PaykkaSandbox;
import io.github.paykka.testkit.sandbox.SandboxRequest;
import io.github.paykka.testkit.sandbox.TestKeys;
import io.github.paykka.testkit.simulation.OrderStep;
import io.github.paykka.testkit.simulation.SimulatedPaykka;
import io.vavr.control.Option;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Issue 12's crash test. A merchant's application ({@link CrashingApplication}) runs in a child JVM, paying (and
 * capturing, voiding, refunding) through the HTTP adapter with the PostgreSQL journal against the sandbox in this JVM,
 * and is killed with SIGKILL ({@code Process.destroyForcibly()}; the exit code 137 = 128 + 9 proves the signal)
 * twelve times over 320 payments, each time after a random share of its requests: at once, after a random time, at
 * the next request, and, with the sandbox's delay fault, while an initiate, capture, refund or void is at PayKKa
 * unanswered, just after PayKKa answered one, or while the adapter's query about an initiate that PayKKa refused (5xx)
 * or never read (connection reset) is held. Each restart runs the reconciler first (with a minimum age longer than a
 * call's deadline). After the last run, once the sandbox holds no request, a reconciliation settles what the runs left
 * open (too young for them), and the application restarts once more and pays again what never happened.
 *
 * <p>Then: every {@code trans_id} has at most one order at the sandbox; every journal entry is resolved, and its
 * outcome is what the sandbox's state shows (orders, captured and voided balances, refunds, the statuses each order
 * went through); and the sandbox's request log shows no money-moving request sent again without a query, made after
 * the sandbox was done with the earlier one, that found nothing ({@link ResendProof}). Sized for two cores: under a
 * minute with other builds running, most of it the fourteen children's start-up.
 */
class JournalCrashTest {
  private static final Logger LOG = LoggerFactory.getLogger(JournalCrashTest.class);
  static final int PAYMENTS = 320;
  static final String MERCHANT = "M202400000001";
  static final long SEED = 20250601L;
  /** What the delay fault holds a request for: below the adapter's read timeout, so the adapter waits for it. */
  static final Duration DELAY = Duration.ofMillis(500);
  /** The children's reconciler's minimum age: longer than a call's deadline, so that it never judges one in flight. */
  static final Duration MINIMUM_AGE = CrashingApplication.CALL_DEADLINE.plusSeconds(2);
  static final Duration PATIENCE = Duration.ofSeconds(60);
  static final Set<Operation> MONEY_MOVING = EnumSet.of(Operation.INITIATE, Operation.CAPTURE, Operation.VOID,
      Operation.REFUND);

  /** Where a child is killed, after a random share of its requests (except at the start). */
  enum KillAt {
    /** As it starts to reconcile. */
    START,
    /** A random time (up to 600 ms) later. */
    RANDOM_TIME,
    /** When the sandbox receives its next request. */
    REQUEST,
    /** While an initiate is held by the delay fault: sent, not processed, no answer. */
    INITIATE_IN_FLIGHT,
    /** While a capture is held by the delay fault. */
    CAPTURE_IN_FLIGHT,
    /** While a refund is held by the delay fault. */
    REFUND_IN_FLIGHT,
    /** While a void is held by the delay fault. */
    VOID_IN_FLIGHT,
    /** As soon as the sandbox has processed a delayed initiate: the answer is on its way, not yet read. */
    INITIATE_ANSWERED,
    /** An initiate answered 500 (nothing processed); while the adapter's query about it is held by the delay fault. */
    INITIATE_REFUSED,
    /** An initiate whose connection the sandbox reset unread; while the adapter's query about it is held. */
    INITIATE_RESET
  }

  /** One kill: where, and which money-moving requests of the child the sandbox still held when it died. */
  record Kill(int run, KillAt at, int exitCode, List<SandboxRequest> inFlight) {}

  @TempDir Path dir;

  final Random random = new Random(SEED);
  final TestKeys.TestKeyPair merchantKeys = TestKeys.generate();
  final TestKeys.TestKeyPair platformKeys = TestKeys.generate();

  @Test
  void killedAtRandomMomentsItNeverPaysTwiceNeverResendsBlindlyAndEveryEntryEndsAsThePspSays() throws Exception {
    try (TestPostgres db = TestPostgres.freshSchema();
        PaykkaSandbox sandbox = PaykkaSandbox.builder()
            .merchant(MERCHANT, merchantKeys.publicKey())
            .platformKeys(platformKeys.privateKey(), platformKeys.publicKey())
            .seed(SEED)
            .notificationRetry(Duration.ZERO, Duration.ZERO, 1)
            .start()) {
      Path merchantKey = Files.writeString(dir.resolve("merchant.pem"), merchantKeys.privateKeyPem(), UTF_8);
      Path platformKey = Files.writeString(dir.resolve("platform.pem"), platformKeys.publicKeyPem(), UTF_8);
      List<String> childArgs = List.of(db.jdbcUrl(), sandbox.baseUrl().toString(), MERCHANT, merchantKey.toString(),
          platformKey.toString());

      List<KillAt> plan = new ArrayList<>(List.of(KillAt.START, KillAt.RANDOM_TIME, KillAt.RANDOM_TIME,
          KillAt.REQUEST, KillAt.INITIATE_IN_FLIGHT, KillAt.INITIATE_IN_FLIGHT, KillAt.CAPTURE_IN_FLIGHT,
          KillAt.REFUND_IN_FLIGHT, KillAt.VOID_IN_FLIGHT, KillAt.INITIATE_ANSWERED, KillAt.INITIATE_REFUSED,
          KillAt.INITIATE_RESET));
      Collections.shuffle(plan, random);
      int share = PAYMENTS / plan.size();
      List<Kill> kills = new ArrayList<>();
      List<String> outputs = new ArrayList<>();
      int run = 0;
      for (KillAt at : plan) {
        Kill kill = null;
        while (kill == null) {
          run++;
          assertThat(run).as("runs (children that finished their share before the kill do not count)")
              .isLessThanOrEqualTo(plan.size() + 12);
          backgroundFaults(sandbox);
          try (Child child = new Child(run, Math.min(PAYMENTS, share * run), childArgs, sandbox)) {
            kill = killAt(at, child, sandbox, share);
            if (kill == null) assertThat(child.exitCode()).as(child.describe()).isZero();
            outputs.addAll(child.lines);
          }
        }
        assertThat(kill.exitCode()).as("killed by SIGKILL (128 + 9): run " + kill.run()).isEqualTo(137);
        kills.add(kill);
      }
      sandbox.faults().clear();
      finish(new Child(run + 1, PAYMENTS, childArgs, sandbox), outputs);

      // no child is left; once the sandbox holds no request, nothing can still take effect: minimum age zero is safe
      PaymentJournal journal = JdbcPaymentJournal.create(db.pool(2));
      reconcileWhenNothingIsInFlight(sandbox, journal);
      // the application restarts once more and pays again what never happened
      finish(new Child(run + 2, PAYMENTS, childArgs, sandbox), outputs);
      reconcileWhenNothingIsInFlight(sandbox, journal);
      List<SandboxRequest> log = sandbox.requests();

      // the kills
      assertThat(kills).hasSizeGreaterThanOrEqualTo(10);
      assertThat(kills.stream().filter(k -> !k.inFlight().isEmpty()).count())
          .as("kills between send and answer: " + kills).isGreaterThanOrEqualTo(4);
      assertThat(outputs.stream().filter(l -> l.startsWith("reconciled ")).mapToInt(l -> Integer.parseInt(
          l.split(" ")[1])).sum()).as("entries the restarts' reconcilers resolved").isPositive();

      // no blind re-send, and at most one order per trans_id
      assertThat(ResendProof.blindResends(log)).as("money-moving requests sent again blindly").isEmpty();
      long sentAgain = log.stream().filter(r -> r.operation() == Operation.INITIATE)
          .flatMap(r -> r.identifier("trans_id").toJavaStream())
          .collect(Collectors.groupingBy(Function.identity(), Collectors.counting())).values().stream()
          .filter(c -> c > 1).count();
      assertThat(sentAgain).as("trans_ids the sandbox received twice or more (after a query)").isPositive();
      SimulatedPaykka engine = sandbox.engine();
      Map<TransId, PaymentResult> orders = engine.orders().stream()
          .collect(Collectors.toMap(r -> r.order().transId(), Function.identity()));
      for (int n = 0; n < PAYMENTS; n++) assertThat(engine.orderCount(transId(n))).isLessThanOrEqualTo(1);
      assertThat(orders).as("payments made").hasSizeGreaterThanOrEqualTo(300);

      // every entry definite and as the sandbox says
      Map<String, Refund> refunds = engine.refunds().stream()
          .collect(Collectors.toMap(r -> r.refundTransId().value(), Function.identity()));
      List<String> mismatches = new ArrayList<>();
      int checked = 0;
      for (int n = 0; n < PAYMENTS; n++) {
        List<JournalEntry> initiates = journal.entriesFor(transId(n).value());
        PaymentResult order = orders.get(transId(n));
        checkInitiates(initiates, order, engine, mismatches);
        checked += initiates.size();
        if (order != null) {
          List<JournalEntry> ofOrder = journal.entriesFor(order.order().orderId().value());
          checkCapturesAndVoids(ofOrder, order, CrashingApplication.Script.of(n), engine, mismatches);
          checked += ofOrder.size();
        }
        List<JournalEntry> refundEntries = journal.entriesFor(refundTransId(n).value());
        checkRefunds(refundEntries, refunds.get(refundTransId(n).value()), mismatches);
        checked += refundEntries.size();
      }
      long paidAgain = paidAgainAfterNeverHappened(journal);
      LOG.info("crash test: {} runs, {} kills {}; the restarts' reconcilers: {}; {} requests, {} initiates, {} trans_ids "
          + "sent twice or more; {} journal entries, {} payments paid again after an entry that never happened",
          run + 2, kills.size(), kills, outputs.stream().filter(l -> l.startsWith("reconciled ")).toList(),
          log.size(), log.stream().filter(r -> r.operation() == Operation.INITIATE).count(), sentAgain, checked,
          paidAgain);
      assertThat(mismatches).as("journal entries that disagree with the sandbox").isEmpty();
      assertThat(paidAgain).as("payments that never happened, paid again after a restart").isPositive();
      assertThat(checked).as("every journal entry checked").isEqualTo(journalSize(db)).isGreaterThan(PAYMENTS);
      assertThat(journal.unresolved(Instant.now().plus(Duration.ofDays(1)), Option.none(), 10)).isEmpty();
    }
  }

  /** Runs {@code child} to its end, which must be a success. */
  private static void finish(Child child, List<String> outputs) throws InterruptedException {
    try (child) {
      assertThat(child.process.waitFor(3, TimeUnit.MINUTES)).as(child.describe()).isTrue();
      assertThat(child.exitCode()).as(child.describe()).isZero();
      outputs.addAll(child.lines);
    }
  }

  /**
   * Once the sandbox holds no request, runs the reconciler with no minimum age (safe then: nothing can still take
   * effect) and checks that it resolved everything by queries only.
   */
  private void reconcileWhenNothingIsInFlight(PaykkaSandbox sandbox, PaymentJournal journal) {
    assertThat(sandbox.awaitRequests(log -> log.stream().noneMatch(SandboxRequest::inFlight), PATIENCE)).isTrue();
    List<SandboxRequest> before = sandbox.requests();
    try (PaykkaHttpAdapter paykka = CrashingApplication.adapter(sandbox.baseUrl().toString(), MERCHANT,
        merchantKeys.privateKeyPem(), platformKeys.publicKeyPem()).build()) {
      ReconciliationReport settled = JournalReconciler.builder().journal(journal).payments(paykka).refunds(paykka)
          .minimumAge(Duration.ZERO).build().run();
      assertThat(settled.unresolved()).as("what a reconciliation could not resolve").isEmpty();
    }
    List<SandboxRequest> log = sandbox.requests();
    assertThat(log.subList(before.size(), log.size())).as("the reconciler only queries")
        .allMatch(r -> !MONEY_MOVING.contains(r.operation()));
  }

  /** A child's run: killed where {@code at} says, or null if it finished its share first. */
  private Kill killAt(KillAt at, Child child, PaykkaSandbox sandbox, int share) throws Exception {
    if (at == KillAt.START) {
      if (!child.await("reconciling")) return null;
      return child.kill(at);
    }
    if (!child.await("ready")) return null;
    // somewhere in its share of payments (about two and a half requests each)
    int before = random.nextInt(2 * share);
    if (!child.awaitLog(log -> child.requests(log).size() >= before)) return null;
    switch (at) {
      case RANDOM_TIME -> {
        if (child.process.waitFor(random.nextInt(600), TimeUnit.MILLISECONDS)) return null;
        return child.kill(at);
      }
      case REQUEST -> {
        if (!child.awaitLog(log -> child.requests(log).size() > before)) return null;
        return child.kill(at);
      }
      case INITIATE_REFUSED, INITIATE_RESET -> {
        sandbox.faults().inject(Operation.INITIATE, at == KillAt.INITIATE_REFUSED
            ? Fault.ServerError.internal() : new Fault.ResetBeforeProcessing());
        sandbox.faults().inject(Operation.QUERY, new Fault.Delay(DELAY));
        if (!child.awaitLog(log -> child.requests(log).stream().anyMatch(r -> r.operation() == Operation.QUERY
            && r.fault().exists(Fault.Delay.class::isInstance) && r.inFlight()))) {
          return null;
        }
        return child.kill(at);
      }
      default -> {
        Operation delayed = switch (at) {
          case CAPTURE_IN_FLIGHT -> Operation.CAPTURE;
          case REFUND_IN_FLIGHT -> Operation.REFUND;
          case VOID_IN_FLIGHT -> Operation.VOID;
          default -> Operation.INITIATE;
        };
        boolean answered = at == KillAt.INITIATE_ANSWERED;
        sandbox.faults().inject(delayed, new Fault.Delay(DELAY));
        if (!child.awaitLog(log -> child.requests(log).stream().anyMatch(r -> r.operation() == delayed
            && r.fault().exists(Fault.Delay.class::isInstance) && r.inFlight() != answered))) {
          return null;
        }
        return child.kill(at);
      }
    }
  }

  /**
   * The sandbox's faults during a run: now and then a 5xx that processes nothing (the adapter asks, then sends again),
   * or a short delay.
   */
  private static void backgroundFaults(PaykkaSandbox sandbox) {
    sandbox.faults().clear()
        .injectWithProbability(Operation.INITIATE, Fault.ServerError.internal(), 0.04)
        .injectWithProbability(Operation.REFUND, new Fault.ServerError(503), 0.04)
        .injectWithProbability(Operation.CAPTURE, new Fault.Delay(Duration.ofMillis(150)), 0.05)
        .injectWithProbability(Operation.VOID, new Fault.Delay(Duration.ofMillis(150)), 0.05);
  }

  /** Initiates of one trans_id against its order at the sandbox (null: none). */
  private static void checkInitiates(List<JournalEntry> entries, PaymentResult order, SimulatedPaykka engine,
      List<String> mismatches) {
    boolean happened = false;
    for (JournalEntry e : entries) {
      String what = e.intent().operation() + " " + e.intent().reference() + " " + e.id() + " " + e.outcome();
      if (!e.isResolved()) {
        mismatches.add(what + ": open");
      } else if (e.outcome().get() instanceof JournalOutcome.Happened h) {
        happened = true;
        if (order == null) {
          mismatches.add(what + ": the sandbox has no order");
        } else {
          if (!h.paykkaReference().forAll(order.order().orderId().value()::equals)) {
            mismatches.add(what + ": the sandbox's order is " + order.order().orderId().value());
          }
          checkStatus(what, h, engine.history(order.order().orderId()), mismatches);
        }
      } else if (happened) {
        mismatches.add(what + ": never happened after an entry that happened");
      }
    }
    if (order != null && !happened) mismatches.add("order " + order.order().orderId().value() + " of "
        + order.order().transId().value() + ": no entry says it happened " + entries);
  }

  /** Captures and voids of one order against its balances now. */
  private static void checkCapturesAndVoids(List<JournalEntry> entries, PaymentResult order,
      CrashingApplication.Script script, SimulatedPaykka engine, List<String> mismatches) {
    long captured = 0;
    int voids = 0;
    for (JournalEntry e : entries) {
      String what = e.intent().operation() + " " + e.intent().reference() + " " + e.id() + " " + e.outcome();
      if (!e.isResolved()) {
        mismatches.add(what + ": open");
        continue;
      }
      if (e.outcome().get() instanceof JournalOutcome.Happened h) {
        checkStatus(what, h, engine.history(order.order().orderId()), mismatches);
        if (e.intent() instanceof JournalIntent.Capture c) captured += c.amount().minorUnits();
        else voids++;
      }
    }
    String id = order.order().orderId().value();
    // an automatic capture captures without a capture call
    if (script != CrashingApplication.Script.CAPTURED_THEN_REFUNDED
        && captured != order.order().balances().captured().minorUnits()) {
      mismatches.add("order " + id + ": captured " + order.order().balances().captured() + ", the journal's captures "
          + "that happened add up to " + captured);
    }
    if ((voids == 1) != order.order().balances().voided().isPositive() || voids > 1) {
      mismatches.add("order " + id + ": voided " + order.order().balances().voided() + ", voids that happened "
          + voids);
    }
  }

  /** The refund entries of one refund_trans_id against the sandbox's refund (null: none). */
  private static void checkRefunds(List<JournalEntry> entries, Refund refund, List<String> mismatches) {
    int happened = 0;
    for (JournalEntry e : entries) {
      String what = e.intent().operation() + " " + e.intent().reference() + " " + e.id() + " " + e.outcome();
      if (!e.isResolved()) {
        mismatches.add(what + ": open");
      } else if (e.outcome().get() instanceof JournalOutcome.Happened h) {
        happened++;
        JournalIntent.RefundPayment intent = (JournalIntent.RefundPayment) e.intent();
        if (refund == null) {
          mismatches.add(what + ": the sandbox has no refund");
        } else if (!refund.amount().equals(intent.amount())
            || !h.paykkaReference().forAll(r -> refund.refundOrderId().exists(o -> o.value().equals(r)))) {
          mismatches.add(what + ": the sandbox's refund is " + refund);
        }
      }
    }
    if (refund != null && happened == 0) mismatches.add("refund " + refund + ": no entry says it happened");
  }

  /** A status an outcome reports is one the order went through. */
  private static void checkStatus(String what, JournalOutcome.Happened h, List<OrderStep> history,
      List<String> mismatches) {
    if (h.status().isDefined()
        && history.stream().noneMatch(step -> step.status().name().equals(h.status().get()))) {
      mismatches.add(what + ": the order never was " + h.status().get() + " " + history);
    }
  }

  /** How many trans_ids have an entry that never happened and a later one that happened. */
  private static long paidAgainAfterNeverHappened(PaymentJournal journal) {
    long n = 0;
    for (int i = 0; i < PAYMENTS; i++) {
      List<JournalEntry> entries = journal.entriesFor(transId(i).value());
      if (entries.size() > 1 && entries.get(0).outcome().exists(o -> o instanceof JournalOutcome.NeverHappened)
          && entries.get(entries.size() - 1).outcome().exists(o -> o instanceof JournalOutcome.Happened)) {
        n++;
      }
    }
    return n;
  }

  private static int journalSize(TestPostgres db) throws SQLException {
    try (Connection c = db.pool(1).getConnection(); Statement st = c.createStatement();
        ResultSet rs = st.executeQuery("SELECT count(*) FROM paykka_journal")) {
      rs.next();
      return rs.getInt(1);
    }
  }

  /** A child JVM running {@link CrashingApplication}, its output lines, and the requests it sent. */
  private final class Child implements AutoCloseable {
    final int run;
    final Process process;
    final List<String> lines = Collections.synchronizedList(new ArrayList<>());
    final BlockingQueue<String> fresh = new LinkedBlockingQueue<>();
    final Path errors;
    final PaykkaSandbox sandbox;
    /** The request log's size when the child started: what comes after is the child's. */
    final int firstRequest;

    Child(int run, int limit, List<String> args, PaykkaSandbox sandbox) throws IOException {
      this.run = run;
      this.sandbox = sandbox;
      this.firstRequest = sandbox.requests().size();
      this.errors = dir.resolve("child-" + run + ".err");
      List<String> command = new ArrayList<>(List.of(
          Path.of(System.getProperty("java.home"), "bin", "java").toString(),
          // a quick start matters more than peak speed; two cores are shared
          "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-XX:-UsePerfData", "-Xmx256m",
          "-cp", System.getProperty("java.class.path"),
          CrashingApplication.class.getName()));
      command.addAll(args);
      command.add(Integer.toString(limit));
      command.add(Long.toString(MINIMUM_AGE.toMillis()));
      this.process = new ProcessBuilder(command).redirectError(errors.toFile()).start();
      Thread reader = new Thread(() -> {
        try (BufferedReader in = new BufferedReader(new InputStreamReader(process.getInputStream(), UTF_8))) {
          for (String line = in.readLine(); line != null; line = in.readLine()) {
            lines.add(line);
            fresh.add(line);
          }
        } catch (IOException e) {
          // the child died: its output ends here
        } finally {
          fresh.add("");
        }
      }, "child-" + run + "-output");
      reader.setDaemon(true);
      reader.start();
    }

    /** Waits for the output line {@code line}; false if the output ended first. */
    boolean await(String line) throws InterruptedException {
      long deadline = System.nanoTime() + PATIENCE.toNanos();
      while (true) {
        String next = fresh.poll(deadline - System.nanoTime(), TimeUnit.NANOSECONDS);
        if (next == null) throw new AssertionError("no '" + line + "' within " + PATIENCE + ": " + describe());
        if (next.equals(line)) return true;
        if (next.isEmpty()) return false;
      }
    }

    /** Waits until {@code condition} holds for the request log; false if the child ended first. */
    boolean awaitLog(java.util.function.Predicate<List<SandboxRequest>> condition) {
      long deadline = System.nanoTime() + PATIENCE.toNanos();
      while (System.nanoTime() < deadline) {
        // the child may end without sending what is awaited: look again now and then
        if (sandbox.awaitRequests(condition, Duration.ofMillis(200))) return true;
        if (!process.isAlive()) return sandbox.awaitRequests(condition, Duration.ZERO);
      }
      throw new AssertionError("the request log never showed what was awaited: " + describe());
    }

    /** The requests of this child in {@code log}. */
    List<SandboxRequest> requests(List<SandboxRequest> log) {
      return log.size() <= firstRequest ? List.of() : log.subList(firstRequest, log.size());
    }

    Kill kill(KillAt at) throws InterruptedException {
      process.destroyForcibly();
      List<SandboxRequest> held = requests(sandbox.requests()).stream()
          .filter(r -> r.inFlight() && MONEY_MOVING.contains(r.operation())).toList();
      assertThat(process.waitFor(30, TimeUnit.SECONDS)).isTrue();
      return new Kill(run, at, process.exitValue(), held);
    }

    int exitCode() throws InterruptedException {
      assertThat(process.waitFor(PATIENCE.toSeconds(), TimeUnit.SECONDS)).as(describe()).isTrue();
      return process.exitValue();
    }

    String describe() {
      String err;
      try {
        List<String> all = Files.readAllLines(errors, UTF_8);
        err = String.join("\n", all.subList(Math.max(0, all.size() - 30), all.size()));
      } catch (IOException e) {
        err = e.toString();
      }
      return "child " + run + " said " + lines + ", errors:\n" + err;
    }

    @Override
    public void close() throws InterruptedException {
      if (process.isAlive()) {
        process.destroyForcibly();
        process.waitFor(30, TimeUnit.SECONDS);
      }
    }
  }
}
