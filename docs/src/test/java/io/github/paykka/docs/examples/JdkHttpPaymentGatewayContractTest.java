package io.github.paykka.docs.examples;

// region imports-jdk-transport
import io.github.paykka.docs.transport.JdkHttpPaymentGateway;
import io.github.paykka.domain.id.MerchantId;
import io.github.paykka.ports.payment.PaymentGateway;
import io.github.paykka.testkit.junit.PaykkaSandboxExtension.SandboxKeys;
import io.github.paykka.testkit.sandbox.PaykkaSandbox;
import io.github.paykka.wire.signature.Signer;
import java.time.Clock;
import java.util.List;
// endregion
import io.github.paykka.testkit.PaymentSimulator;
import io.github.paykka.testkit.contract.PaymentGatewayContract;
import io.github.paykka.testkit.junit.PaykkaSandboxExtension;
import org.junit.jupiter.api.extension.ExtendWith;

/** concepts.md's claim: a page of transport on paykka-wire passes the payments contract against the sandbox. */
@ExtendWith(PaykkaSandboxExtension.class)
class JdkHttpPaymentGatewayContractTest extends PaymentGatewayContract {
  private final PaykkaSandbox sandbox;
  private final PaymentGateway gateway;

  JdkHttpPaymentGatewayContractTest(PaykkaSandbox sandbox, SandboxKeys keys) {
    this.sandbox = sandbox;
    this.gateway = jdkTransport(sandbox, keys);
  }

  // region jdk-transport
  /** The payments port over the JDK's HttpClient, here against the testkit's sandbox. */
  static PaymentGateway jdkTransport(PaykkaSandbox sandbox, SandboxKeys keys) {
    return new JdkHttpPaymentGateway(
        sandbox.baseUrl(),                               // or https://sandbox.aq.paykka.com/
        MerchantId.of(sandbox.merchantId()),
        Signer.rsa(keys.merchant().privateKey()),       // or your HSM / KMS behind the Signer interface
        List.of(sandbox.platformPublicKey()),
        Clock.systemUTC());
  }
  // endregion

  @Override
  protected PaymentGateway payments() {
    return gateway;
  }

  @Override
  protected PaymentSimulator simulator() {
    return sandbox;
  }
}
