package io.github.paykka.http;

import io.github.paykka.testkit.sandbox.PaykkaSandbox;
import io.github.paykka.testkit.sandbox.TestKeys;
import java.security.KeyPair;
import java.time.Duration;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * A local PayKKa sandbox on loopback for one test class, and adapters configured for it: real HTTP, real signatures.
 * Register with {@code @RegisterExtension static final SandboxFixture SANDBOX = new SandboxFixture();}.
 */
final class SandboxFixture implements BeforeAllCallback, AfterAllCallback {
  /** TEST KEYS - never use outside tests. Generated once per test JVM. */
  static final TestKeys.TestKeyPair MERCHANT_KEYS = TestKeys.generate();
  static final TestKeys.TestKeyPair PLATFORM_KEYS = TestKeys.generate();
  static final String MERCHANT_ID = "M202400000001";

  private final long seed;
  private final int threads;
  private PaykkaSandbox sandbox;
  private PaykkaHttpAdapter adapter;

  SandboxFixture() {
    this(42L, 8);
  }

  SandboxFixture(long seed, int threads) {
    this.seed = seed;
    this.threads = threads;
  }

  @Override
  public void beforeAll(ExtensionContext context) {
    sandbox = PaykkaSandbox.builder()
        .merchant(MERCHANT_ID, MERCHANT_KEYS.publicKey())
        .platformKeyPair(new KeyPair(PLATFORM_KEYS.publicKey(), PLATFORM_KEYS.privateKey()))
        .seed(seed)
        .threads(threads)
        .notificationRetry(Duration.ofMillis(50), Duration.ofMillis(200), 2)
        .start();
    adapter = builder().build();
  }

  @Override
  public void afterAll(ExtensionContext context) {
    if (adapter != null) adapter.close();
    if (sandbox != null) sandbox.close();
  }

  PaykkaSandbox sandbox() {
    return sandbox;
  }

  /** The class's shared adapter (default settings for the sandbox). */
  PaykkaHttpAdapter adapter() {
    return adapter;
  }

  /** A builder for this sandbox with short timeouts and backoffs, so that failure tests stay fast. */
  PaykkaHttpAdapter.Builder builder() {
    return PaykkaHttpAdapter.builder()
        .merchantId(MERCHANT_ID)
        .merchantPrivateKey(MERCHANT_KEYS.privateKeyPem())
        .platformPublicKey(PLATFORM_KEYS.publicKeyPem())
        .environment(PaykkaEnvironment.local(sandbox.baseUrl().toString()))
        .connectTimeout(Duration.ofSeconds(1))
        .readTimeout(Duration.ofSeconds(2))
        .callDeadline(Duration.ofSeconds(5))
        .retry(RetrySettings.defaults().withBackoff(Duration.ofMillis(5), Duration.ofMillis(50)));
  }
}
