package io.github.paykka.testkit.contract;

import static io.github.paykka.testkit.contract.Contracts.success;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.paykka.domain.request.ApplePaySessionRequest;
import io.github.paykka.ports.applepay.ApplePayMerchantSession;
import io.github.paykka.ports.applepay.ApplePaySessionGateway;
import org.junit.jupiter.api.Test;

/**
 * The contract of an {@link ApplePaySessionGateway}: a merchant session, as a JSON object to pass to the browser.
 * Extend it and provide the gateway.
 */
public abstract class ApplePaySessionGatewayContract {

  /** The gateway under test. */
  protected abstract ApplePaySessionGateway applePaySessions();

  /** The domain the Apple Pay button is on; override for a domain registered with PayKKa. */
  protected String domainName() {
    return "merchant.example";
  }

  @Test
  void aMerchantSessionIsAJsonObject() {
    ApplePaySessionRequest request = ApplePaySessionRequest.of(domainName(), "Test merchant").get();

    ApplePayMerchantSession session = success(applePaySessions().createSession(request));

    assertThat(session.json().strip()).startsWith("{").endsWith("}");
    assertThat(session.toString()).doesNotContain(session.json());
  }
}
