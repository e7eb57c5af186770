package io.github.paykka.micrometer;

import static java.util.Objects.requireNonNull;

import io.github.paykka.domain.notification.NotifyType;
import io.github.paykka.webhook.WebhookOutcome;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.function.Consumer;

/**
 * Counts the notifications the webhook handler received, by type and outcome: give it to the handler's builder as
 * its {@code onOutcome} hook (needs paykka-adapter-webhook).
 *
 * <p>One counter, {@value #NOTIFICATIONS}, tagged
 * <ul>
 *   <li>{@code type}: the {@code notify_type} of a verified notification when this version knows it
 *       ({@code PAYMENT.SUCCESS}, {@code REFUND.FAILURE} ...), {@code unknown} for one it does not know (never its raw
 *       text), {@code unverified} for a delivery refused before its signature was verified (not POST, unauthentic,
 *       malformed, too large);
 *   <li>{@code outcome}: the {@link WebhookOutcome}: {@code processed}, {@code duplicate}, {@code unknown},
 *       {@code unknown_failed}, {@code in_progress}, {@code not_yet}, {@code listener_failed}, {@code inbox_failed},
 *       {@code method_not_allowed}, {@code unauthentic}, {@code malformed}, {@code too_large}.
 * </ul>
 *
 * <pre>{@code
 * PaykkaWebhookHandler.builder()...onOutcome(PaykkaNotificationMetrics.of(registry)).build();
 * }</pre>
 *
 * <p>Thread-safe; never throws from {@link #accept}.
 */
public final class PaykkaNotificationMetrics implements Consumer<WebhookOutcome> {
  /** The name of the counter. */
  public static final String NOTIFICATIONS = "paykka.notifications";
  /** The {@code type} of a notification whose {@code notify_type} this version does not know. */
  public static final String UNKNOWN_TYPE = "unknown";
  /** The {@code type} of a delivery refused before it was verified. */
  public static final String UNVERIFIED = "unverified";

  private final MeterRegistry registry;

  private PaykkaNotificationMetrics(MeterRegistry registry) {
    this.registry = registry;
  }

  /** Metrics registered with {@code registry}. */
  public static PaykkaNotificationMetrics of(MeterRegistry registry) {
    return new PaykkaNotificationMetrics(requireNonNull(registry, "registry == null"));
  }

  /** Counts one delivery. */
  @Override
  public void accept(WebhookOutcome outcome) {
    requireNonNull(outcome, "outcome == null");
    Counter.builder(NOTIFICATIONS)
        .description("PayKKa notifications received by the webhook endpoint, by notify_type and outcome")
        .tag("type", typeOf(outcome))
        .tag("outcome", outcomeOf(outcome))
        .register(registry)
        .increment();
  }

  /** The {@code type} tag of {@code outcome}: a known {@code notify_type}, {@code unknown} or {@code unverified}. */
  public static String typeOf(WebhookOutcome outcome) {
    if (outcome instanceof WebhookOutcome.Processed o) return o.notification().type().wireName();
    if (outcome instanceof WebhookOutcome.Duplicate o) return o.notification().type().wireName();
    if (outcome instanceof WebhookOutcome.InProgress o) return o.notification().type().wireName();
    if (outcome instanceof WebhookOutcome.NotYet o) return o.notification().type().wireName();
    if (outcome instanceof WebhookOutcome.ListenerFailed o) return o.notification().type().wireName();
    if (outcome instanceof WebhookOutcome.InboxFailed o) return o.notification().type().wireName();
    if (outcome instanceof WebhookOutcome.Unknown o) return known(o.notification().notifyType());
    if (outcome instanceof WebhookOutcome.UnknownFailed o) return known(o.notification().notifyType());
    return UNVERIFIED;
  }

  /** The {@code outcome} tag of {@code outcome}, e.g. {@code listener_failed}. */
  public static String outcomeOf(WebhookOutcome outcome) {
    // no pattern switch in Java 17; PaykkaNotificationMetricsTest checks that every permitted subtype has its own name
    if (outcome instanceof WebhookOutcome.Processed) return "processed";
    if (outcome instanceof WebhookOutcome.Duplicate) return "duplicate";
    if (outcome instanceof WebhookOutcome.Unknown) return "unknown";
    if (outcome instanceof WebhookOutcome.UnknownFailed) return "unknown_failed";
    if (outcome instanceof WebhookOutcome.InProgress) return "in_progress";
    if (outcome instanceof WebhookOutcome.NotYet) return "not_yet";
    if (outcome instanceof WebhookOutcome.ListenerFailed) return "listener_failed";
    if (outcome instanceof WebhookOutcome.InboxFailed) return "inbox_failed";
    if (outcome instanceof WebhookOutcome.MethodNotAllowed) return "method_not_allowed";
    if (outcome instanceof WebhookOutcome.Unauthentic) return "unauthentic";
    if (outcome instanceof WebhookOutcome.Malformed) return "malformed";
    if (outcome instanceof WebhookOutcome.TooLarge) return "too_large";
    // an outcome added after this version: a fixed name, never the class's
    return "other";
  }

  /** The wire name of a type this version knows, else {@code unknown}: never the text as sent. */
  private static String known(String notifyType) {
    return NotifyType.fromWire(notifyType).map(NotifyType::wireName).getOrElse(UNKNOWN_TYPE);
  }

  @Override
  public String toString() {
    return "PaykkaNotificationMetrics[" + registry.getClass().getSimpleName() + "]";
  }
}
