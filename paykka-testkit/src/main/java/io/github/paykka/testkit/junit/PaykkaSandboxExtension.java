package io.github.paykka.testkit.junit;

import io.github.paykka.testkit.sandbox.PaykkaSandbox;
import io.github.paykka.testkit.sandbox.Quirks;
import io.github.paykka.testkit.sandbox.TestKeys;
import io.github.paykka.testkit.webhook.WebhookTestSigner;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolutionException;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.junit.platform.commons.support.AnnotationSupport;

/**
 * Starts a {@link PaykkaSandbox} per test class, with a generated merchant key pair and platform key pair, and injects
 * it into test constructors and methods ({@code @ExtendWith(PaykkaSandboxExtension.class)} or
 * {@link PaykkaSandboxTest @PaykkaSandboxTest}).
 *
 * <p>Resolvable parameters: {@link PaykkaSandbox} (base URL, merchant id, platform public key, faults, recorded
 * notifications, quirks), {@link SandboxKeys} (the merchant's private key to sign requests with, the platform keys)
 * and a
 * {@link WebhookTestSigner} over the platform key. The merchant id is {@value #MERCHANT_ID}. Faults are cleared
 * and the quirks of {@link PaykkaSandboxTest#quirks()} set again before each test; the sandbox is closed after the
 * class.
 */
public final class PaykkaSandboxExtension
    implements BeforeAllCallback, AfterAllCallback, ParameterResolver, org.junit.jupiter.api.extension.BeforeEachCallback {
  /** The merchant id the extension registers. */
  public static final String MERCHANT_ID = WebhookTestSigner.DEFAULT_MERCHANT_ID;

  private static final ExtensionContext.Namespace NS = ExtensionContext.Namespace.create(PaykkaSandboxExtension.class);

  /** Creates the extension (JUnit does). */
  public PaykkaSandboxExtension() {}

  /** Generates keys and starts the sandbox of the class. */
  @Override
  public void beforeAll(ExtensionContext context) {
    TestKeys.TestKeyPair merchant = TestKeys.generate();
    TestKeys.TestKeyPair platform = TestKeys.generate();
    PaykkaSandbox sandbox =
        PaykkaSandbox.builder()
            .merchant(MERCHANT_ID, merchant.publicKey())
            .platformKeys(platform.privateKey(), platform.publicKey())
            .quirks(quirksOf(context))
            .start();
    ExtensionContext.Store store = context.getStore(NS);
    store.put(PaykkaSandbox.class, sandbox);
    store.put(SandboxKeys.class, new SandboxKeys(merchant, platform));
  }

  /** Clears the faults a previous test injected, and sets the class's quirks ({@link PaykkaSandboxTest#quirks}). */
  @Override
  public void beforeEach(ExtensionContext context) {
    PaykkaSandbox sandbox = context.getStore(NS).get(PaykkaSandbox.class, PaykkaSandbox.class);
    if (sandbox == null) return;
    sandbox.faults().clear();
    sandbox.quirks(quirksOf(context));
  }

  private static Quirks quirksOf(ExtensionContext context) {
    return context.getTestClass()
        .flatMap(c -> AnnotationSupport.findAnnotation(c, PaykkaSandboxTest.class))
        .map(a -> Quirks.of(a.quirks()))
        .orElse(Quirks.none());
  }

  /** Stops the sandbox of the class. */
  @Override
  public void afterAll(ExtensionContext context) {
    PaykkaSandbox sandbox = context.getStore(NS).remove(PaykkaSandbox.class, PaykkaSandbox.class);
    if (sandbox != null) sandbox.close();
  }

  @Override
  public boolean supportsParameter(ParameterContext parameter, ExtensionContext extension) {
    Class<?> type = parameter.getParameter().getType();
    return type == PaykkaSandbox.class || type == SandboxKeys.class || type == WebhookTestSigner.class;
  }

  @Override
  public Object resolveParameter(ParameterContext parameter, ExtensionContext extension) {
    Class<?> type = parameter.getParameter().getType();
    ExtensionContext.Store store = extension.getStore(NS);
    PaykkaSandbox sandbox = store.get(PaykkaSandbox.class, PaykkaSandbox.class);
    SandboxKeys keys = store.get(SandboxKeys.class, SandboxKeys.class);
    if (sandbox == null || keys == null) {
      throw new ParameterResolutionException("no sandbox: register the extension on the class, not on a method");
    }
    if (type == PaykkaSandbox.class) return sandbox;
    if (type == SandboxKeys.class) return keys;
    return WebhookTestSigner.withPlatformKey(keys.platform().privateKey()).forMerchant(MERCHANT_ID);
  }

  /**
   * The keys of the sandbox of a test class.
   *
   * @param merchant the merchant's key pair: sign requests with its private key
   * @param platform the platform key pair: verify answers and notifications with its public key
   */
  public record SandboxKeys(TestKeys.TestKeyPair merchant, TestKeys.TestKeyPair platform) {
    /** The merchant id the sandbox accepts. */
    public String merchantId() {
      return MERCHANT_ID;
    }
  }
}
