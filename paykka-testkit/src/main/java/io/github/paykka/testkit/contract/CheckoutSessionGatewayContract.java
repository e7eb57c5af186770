package io.github.paykka.testkit.contract;

import static io.github.paykka.testkit.contract.Contracts.rejected;
import static io.github.paykka.testkit.contract.Contracts.success;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.paykka.domain.checkout.CheckoutSession;
import io.github.paykka.domain.checkout.SessionStatus;
import io.github.paykka.domain.id.SessionId;
import io.github.paykka.domain.request.CheckoutSessionRequest;
import io.github.paykka.ports.Operation;
import io.github.paykka.ports.checkout.CheckoutSessionGateway;
import io.github.paykka.ports.checkout.SessionLookup;
import org.junit.jupiter.api.Test;

/**
 * The contract of a {@link CheckoutSessionGateway}: a session per {@code trans_id}, found again by its id and by
 * the {@code trans_id}. Extend it and provide the gateway.
 */
public abstract class CheckoutSessionGatewayContract {

  /** The gateway under test. */
  protected abstract CheckoutSessionGateway checkoutSessions();

  /** The {@code notify_url} the sessions carry. */
  protected String notifyUrl() {
    return TestRequests.NOTIFY_URL;
  }

  private CheckoutSessionRequest request() {
    return TestRequests.valid(TestRequests.checkoutSession().notifyUrl(notifyUrl()));
  }

  @Test
  void aNewSessionIsOpenWithAUrlForTheShopper() {
    CheckoutSessionRequest request = request();

    CheckoutSession session = success(checkoutSessions().create(request));

    assertThat(session.status()).isEqualTo(SessionStatus.OPEN);
    assertThat(session.transId()).isEqualTo(request.transId());
    assertThat(session.amount()).isEqualTo(request.amount());
    assertThat(session.sessionUrl()).hasSize(1);
    assertThat(java.net.URI.create(session.sessionUrl().get()).isAbsolute()).isTrue();
  }

  @Test
  void oneTransIdMakesOneSession() {
    CheckoutSessionRequest request = request();

    CheckoutSession first = success(checkoutSessions().create(request));
    CheckoutSession second = success(checkoutSessions().create(request));

    assertThat(second.sessionId()).isEqualTo(first.sessionId());
  }

  @Test
  void aSessionIsFoundByItsIdAndByItsTransId() {
    CheckoutSession session = success(checkoutSessions().create(request()));

    CheckoutSession byId = success(checkoutSessions().query(SessionLookup.bySessionId(session.sessionId())));
    CheckoutSession byTransId = success(checkoutSessions().query(SessionLookup.byTransId(session.transId())));

    assertThat(byId.sessionId()).isEqualTo(session.sessionId());
    assertThat(byId.status()).isEqualTo(SessionStatus.OPEN);
    assertThat(byTransId.sessionId()).isEqualTo(session.sessionId());
  }

  @Test
  void anUnknownSessionIsRejected() {
    var byId = rejected(Operation.CHECKOUT_QUERY, checkoutSessions().query(
        SessionLookup.bySessionId(SessionId.of("CS" + TestRequests.uniqueTransId().value().substring(2)))));
    var byTransId = rejected(Operation.CHECKOUT_QUERY,
        checkoutSessions().query(SessionLookup.byTransId(TestRequests.uniqueTransId())));

    assertThat(byId.notFound()).as("notFound() of a query by an unknown session_id").isTrue();
    assertThat(byTransId.notFound()).as("notFound() of a query by an unknown trans_id").isTrue();
  }
}
