package io.github.paykka.docs.browser;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import io.github.paykka.domain.checkout.CheckoutSession;
import io.github.paykka.domain.notification.Notification;
import io.github.paykka.domain.notification.NotifyType;
import io.github.paykka.domain.notification.PaymentNotification;
import io.github.paykka.http.PaykkaEnvironment;
import io.github.paykka.http.PaykkaHttpAdapter;
import io.github.paykka.ports.payment.PaymentResult;
import io.github.paykka.testkit.TestCard;
import io.github.paykka.testkit.contract.TestRequests;
import io.github.paykka.testkit.junit.PaykkaSandboxExtension;
import io.github.paykka.testkit.junit.PaykkaSandboxExtension.SandboxKeys;
import io.github.paykka.testkit.sandbox.PaykkaSandbox;
import io.github.paykka.webhook.PaykkaWebhookHandler;
import io.github.paykka.webhook.jdk.PaykkaHttpHandler;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A shopper in a real browser (headless Chromium) on the sandbox's pages: the 3DS challenge of a payment, and the
 * hosted checkout of a session; each ends on the merchant's return URL, and the merchant's webhook (the webhook
 * adapter over loopback) receives the verified notification.
 */
@ExtendWith({PaykkaSandboxExtension.class, Browser.class})
class ShopperBrowserTest {
  private final PaykkaSandbox sandbox;
  private final PaykkaHttpAdapter paykka;
  private final HttpServer merchant;
  private final ExecutorService pool = Executors.newFixedThreadPool(2);
  private final List<Notification> received = new CopyOnWriteArrayList<>();
  private final ReentrantLock lock = new ReentrantLock();
  private final Condition arrived = lock.newCondition();
  private final String base;

  ShopperBrowserTest(PaykkaSandbox sandbox, SandboxKeys keys) throws Exception {
    this.sandbox = sandbox;
    this.paykka = PaykkaHttpAdapter.builder()
        .merchantId(keys.merchantId())
        .merchantPrivateKey(keys.merchant().privateKey())
        .platformPublicKey(sandbox.platformPublicKey())
        .environment(PaykkaEnvironment.local(sandbox.baseUrl().toString()))
        .build();
    // the merchant's side: its webhook (verifies, then hands over) and its return page
    PaykkaWebhookHandler webhook = PaykkaWebhookHandler.builder()
        .merchantId(keys.merchantId())
        .platformPublicKey(sandbox.platformPublicKey())
        .listener(n -> {
          lock.lock();
          try {
            received.add(n);
            arrived.signalAll();
          } finally {
            lock.unlock();
          }
        })
        .build();
    merchant = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    merchant.createContext("/paykka/notifications", PaykkaHttpHandler.of(webhook));
    merchant.createContext("/return", ex -> {
      byte[] page = "<!doctype html><title>Thank you</title><h1 id=\"thanks\">Thank you for your order</h1>"
          .getBytes(UTF_8);
      ex.getResponseHeaders().set("Content-Type", "text/html; charset=utf-8");
      ex.sendResponseHeaders(200, page.length);
      ex.getResponseBody().write(page);
      ex.close();
    });
    merchant.setExecutor(pool);
    merchant.start();
    base = "http://127.0.0.1:" + merchant.getAddress().getPort();
  }

  @AfterEach
  void stop() {
    merchant.stop(0);
    pool.shutdownNow();
    paykka.close();
  }

  /** Waits for the webhook to have received a verified notification of {@code type} for the order. */
  private PaymentNotification awaitNotification(String orderId, NotifyType type) throws InterruptedException {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(15);
    lock.lock();
    try {
      while (true) {
        for (Notification n : received) {
          if (n instanceof PaymentNotification p && p.orderId().value().equals(orderId) && p.type() == type) return p;
        }
        long left = deadline - System.nanoTime();
        if (left <= 0) throw new AssertionError("no " + type + " for " + orderId + "; received " + received);
        arrived.awaitNanos(left);
      }
    } finally {
      lock.unlock();
    }
  }

  /** Waits until the browser has followed the redirects to {@code url} (a click may return before they finish). */
  private static void arrive(WebDriver browser, String url) {
    new WebDriverWait(browser, Duration.ofSeconds(15)).until(ExpectedConditions.urlToBe(url));
    assertThat(browser.getCurrentUrl()).isEqualTo(url);
  }

  @Test
  void aShopperCompletesThe3dsChallengeAndReturnsToTheShop(WebDriver browser) throws Exception {
    PaymentResult challenged = paykka.initiate(TestRequests.valid(TestRequests.purchase(TestCard.THREE_DS_CHALLENGE)
        .notifyUrl(base + "/paykka/notifications").returnUrl(base + "/return?order=1"))).get();
    String orderId = challenged.order().orderId().value();

    browser.get(challenged.authenticationUrl().get().toString());
    assertThat(browser.findElement(By.id("amount")).getText()).isEqualTo("USD 10.00");
    assertThat(browser.findElement(By.id("card")).getText()).isEqualTo("VISA 400000******3220");
    browser.findElement(By.id("complete")).click();

    arrive(browser, base + "/return?order=1");
    assertThat(browser.findElement(By.id("thanks")).getText()).isEqualTo("Thank you for your order");
    PaymentNotification paid = awaitNotification(orderId, NotifyType.PAYMENT_SUCCESS);
    assertThat(paid.amount()).isEqualTo(TestRequests.usd(1000));
  }

  @Test
  void aShopperPaysOnTheHostedCheckoutThroughThe3dsPageAndReturnsToTheShop(WebDriver browser) throws Exception {
    CheckoutSession session = paykka.create(TestRequests.valid(TestRequests.checkoutSession()
        .notifyUrl(base + "/paykka/notifications").returnUrl(base + "/return"))).get();

    browser.get(session.sessionUrl().get().toString());
    assertThat(browser.findElement(By.id("total")).getText()).isEqualTo("USD 10.00");
    assertThat(browser.findElement(By.id("goods")).getText()).contains("Test product");
    browser.findElement(By.id("card_no")).sendKeys(TestCard.THREE_DS_CHALLENGE.number());
    browser.findElement(By.id("exp_month")).sendKeys("03");
    browser.findElement(By.id("exp_year")).sendKeys("2030");
    browser.findElement(By.id("cvv")).sendKeys("123");
    browser.findElement(By.id("pay")).click();

    new WebDriverWait(browser, Duration.ofSeconds(15))
        .until(ExpectedConditions.urlContains(sandbox.baseUrl() + "sandbox/3ds/"));
    browser.findElement(By.id("complete")).click();

    arrive(browser, base + "/return");
    String orderId = sandbox.engine().orderOfSession(session.sessionId()).get().value();
    PaymentNotification paid = awaitNotification(orderId, NotifyType.PAYMENT_SUCCESS);
    assertThat(paid.sessionId()).contains(session.sessionId());
    // the dashboard shows the order's path and the delivery, with the card masked
    browser.get(sandbox.dashboardUrl().toString());
    assertThat(browser.findElement(By.id("order-" + orderId)).getText()).contains("SUCCESS", "400000******3220");
    assertThat(browser.getPageSource()).doesNotContain(TestCard.THREE_DS_CHALLENGE.number());
  }
}
