package io.github.paykka.benchmarks.scale;

import io.github.paykka.domain.id.MerchantId;
import io.github.paykka.domain.id.SessionId;
import io.github.paykka.domain.id.TransId;
import io.github.paykka.domain.request.PaymentRequest;
import io.github.paykka.testkit.TestCard;
import io.github.paykka.testkit.contract.TestRequests;
import io.github.paykka.testkit.sandbox.PaykkaSandbox;
import io.github.paykka.testkit.sandbox.TestKeys;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.security.KeyPair;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * A testkit sandbox holding {@code n} paid orders, made through its engine (no HTTP; each order still signs and sends
 * its notification, as every sandbox payment does). Notifications go to a loopback port where nothing listens, one
 * attempt each: nothing leaves the machine, and no retry runs during a measurement.
 */
final class SandboxScale implements AutoCloseable {
  static final String MERCHANT = "M202400000001";

  final TestKeys.TestKeyPair merchant = TestKeys.generate();
  final TestKeys.TestKeyPair platform = TestKeys.generate();
  final PaykkaSandbox sandbox;
  final String notifyUrl;
  final List<TransId> transIds;
  /** The checkout session of the last order made (paid through it, after all the others). */
  final SessionId lastSession;

  SandboxScale(int n) throws Exception {
    notifyUrl = "http://127.0.0.1:" + closedPort() + "/notify";
    sandbox = PaykkaSandbox.builder()
        .merchant(MERCHANT, merchant.publicKey())
        .platformKeyPair(new KeyPair(platform.publicKey(), platform.privateKey()))
        .notificationRetry(Duration.ZERO, Duration.ZERO, 1)
        .threads(4)
        .start();
    transIds = fill(n);
    MerchantId id = MerchantId.of(MERCHANT);
    lastSession = sandbox.engine().createSession(id,
        TestRequests.valid(TestRequests.checkoutSession().notifyUrl(notifyUrl))).get().sessionId();
    if (sandbox.engine().payThroughSession(lastSession, TestCard.VISA_SUCCESS.instrument()).isLeft()) {
      throw new IllegalStateException("setup: the session payment was refused");
    }
    awaitNotificationsSent(n + 1);
  }

  /**
   * Waits until every order's notification has had its one attempt: until then the sandbox's notification threads
   * work through the backlog, and a measurement would measure them.
   */
  private void awaitNotificationsSent(int count) throws InterruptedException {
    long deadline = System.nanoTime() + Duration.ofMinutes(20).toNanos();
    while (sandbox.notifications().size() < count) {
      if (System.nanoTime() - deadline > 0) throw new IllegalStateException("setup: notifications still pending");
      Thread.sleep(500);
    }
  }

  /** A new valid purchase (a fresh trans_id) notified to the closed loopback port. */
  PaymentRequest request() {
    return TestRequests.valid(TestRequests.purchase(TestCard.VISA_SUCCESS).notifyUrl(notifyUrl));
  }

  private List<TransId> fill(int n) throws Exception {
    MerchantId id = MerchantId.of(MERCHANT);
    // two threads: the notification each order signs is most of the cost
    ExecutorService pool = Executors.newFixedThreadPool(2);
    try {
      List<Future<List<TransId>>> parts = new ArrayList<>();
      for (int part = 0; part < 2; part++) {
        int count = n / 2 + (part == 0 ? n % 2 : 0);
        parts.add(pool.submit(() -> {
          List<TransId> made = new ArrayList<>(count);
          for (int i = 0; i < count; i++) {
            PaymentRequest r = request();
            if (sandbox.engine().initiate(id, r).isLeft()) throw new IllegalStateException("fill: refused");
            made.add(r.transId());
          }
          return made;
        }));
      }
      List<TransId> all = new ArrayList<>(n);
      for (Future<List<TransId>> f : parts) all.addAll(f.get());
      return all;
    } finally {
      pool.shutdownNow();
    }
  }

  /** A loopback port nothing listens on (it was free a moment ago): a connection to it is refused at once. */
  private static int closedPort() throws IOException {
    try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      return s.getLocalPort();
    }
  }

  @Override
  public void close() {
    sandbox.close();
  }
}
