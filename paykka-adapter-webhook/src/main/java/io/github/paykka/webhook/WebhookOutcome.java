package io.github.paykka.webhook;

import static java.util.Objects.requireNonNull;

import io.github.paykka.domain.notification.Notification;

/**
 * What became of one delivery: the HTTP status it was answered with and why. Every call of
 * {@link PaykkaWebhookHandler#handle} ends in exactly one outcome, logged once; {@link #describe()} is safe to log
 * (no card data, no signatures, no bodies).
 *
 * <p>Only {@link Processed}, {@link Duplicate} and {@link Unknown} acknowledge the notification (HTTP 200); any
 * other outcome makes PayKKa deliver it again (or, for a forged or broken one, fail for good). Every verified
 * notification of the handler's merchant either reaches the listener or the {@code onUnknown} hook, or is answered
 * with a 5xx: none is refused for its content.
 */
public sealed interface WebhookOutcome {

  /** The HTTP status this outcome is answered with. */
  int status();

  /** Whether PayKKa was told the notification is processed (HTTP 200). */
  default boolean acknowledged() {
    return status() == 200;
  }

  /** A one-line description, safe to log. */
  String describe();

  /** Verified, new, and the listener succeeded: recorded in the inbox and acknowledged (200). */
  record Processed(Notification notification) implements WebhookOutcome {
    /** Checks the notification. */
    public Processed {
      requireNonNull(notification, "notification == null");
    }

    @Override
    public int status() {
      return 200;
    }

    @Override
    public String describe() {
      return "processed " + notification.deduplicationKey();
    }

    /** The {@link #describe()} text: never the notification's fields beyond its key. */
    @Override
    public String toString() {
      return "Processed[" + describe() + "]";
    }
  }

  /** Verified and processed before: acknowledged (200) without calling the listener. */
  record Duplicate(Notification notification) implements WebhookOutcome {
    /** Checks the notification. */
    public Duplicate {
      requireNonNull(notification, "notification == null");
    }

    @Override
    public int status() {
      return 200;
    }

    @Override
    public String describe() {
      return "duplicate " + notification.deduplicationKey() + " acknowledged without calling the listener";
    }

    /** The {@link #describe()} text: never the notification's fields beyond its key. */
    @Override
    public String toString() {
      return "Duplicate[" + describe() + "]";
    }
  }

  /**
   * Verified, but not a notification the listener can take (a {@code notify_type} or {@code status} this version does
   * not know, a status contradicting the type, a body it cannot map): handed to the {@code onUnknown} hook, or, with
   * no hook, logged at WARN with its safe fields; then acknowledged (200), so that PayKKa stops redelivering.
   *
   * @param notification what was received, with the reason
   * @param handedOver whether the {@code onUnknown} hook took it ({@code false}: there is no hook, only the log line)
   */
  record Unknown(UnknownNotification notification, boolean handedOver) implements WebhookOutcome {
    /** Checks the notification. */
    public Unknown {
      requireNonNull(notification, "notification == null");
    }

    @Override
    public int status() {
      return 200;
    }

    @Override
    public String describe() {
      return "unknown notification acknowledged, " + (handedOver ? "handed to onUnknown" : "no onUnknown hook set")
          + ": " + notification.describe();
    }

    /** The {@link #describe()} text: never the body. */
    @Override
    public String toString() {
      return "Unknown[" + describe() + "]";
    }
  }

  /**
   * Verified but unknown (see {@link Unknown}), and the {@code onUnknown} hook threw (500): not acknowledged, so
   * PayKKa delivers it again.
   */
  record UnknownFailed(UnknownNotification notification, Throwable cause) implements WebhookOutcome {
    /** Checks the arguments. */
    public UnknownFailed {
      requireNonNull(notification, "notification == null");
      requireNonNull(cause, "cause == null");
    }

    @Override
    public int status() {
      return 500;
    }

    @Override
    public String describe() {
      // the class only: an application's exception message may quote anything
      return "onUnknown failed with " + cause.getClass().getName() + ", not acknowledged: "
          + notification.describe();
    }

    @Override
    public String toString() {
      return "UnknownFailed[" + describe() + "]";
    }
  }

  /** Verified and new, but another delivery of it is being processed right now (503): PayKKa retries later. */
  record InProgress(Notification notification) implements WebhookOutcome {
    /** Checks the notification. */
    public InProgress {
      requireNonNull(notification, "notification == null");
    }

    @Override
    public int status() {
      return 503;
    }

    @Override
    public String describe() {
      return "in progress elsewhere " + notification.deduplicationKey() + ", not acknowledged";
    }

    /** The {@link #describe()} text: never the notification's fields beyond its key. */
    @Override
    public String toString() {
      return "InProgress[" + describe() + "]";
    }
  }

  /** The listener threw (500): its claim is released, nothing is recorded, PayKKa delivers again. */
  record ListenerFailed(Notification notification, Throwable cause) implements WebhookOutcome {
    /** Checks the arguments. */
    public ListenerFailed {
      requireNonNull(notification, "notification == null");
      requireNonNull(cause, "cause == null");
    }

    @Override
    public int status() {
      return 500;
    }

    @Override
    public String describe() {
      // the class only: an application's exception message may quote anything
      return "listener failed on " + notification.deduplicationKey() + " with " + cause.getClass().getName()
          + ", not acknowledged";
    }

    @Override
    public String toString() {
      return "ListenerFailed[" + describe() + "]";
    }
  }

  /**
   * The listener said "not yet" ({@link io.github.paykka.ports.notification.NotificationListener.NotYet}): the
   * notification is early (it concerns something the application does not know yet), not wrong. Answered 503, its
   * claim released and nothing recorded, so that PayKKa delivers it again; logged at INFO, not as a failure.
   *
   * @param reason the listener's reason, made safe for a log line (one line, at most 200 characters, no digit run as
   *     long as a card number)
   */
  record NotYet(Notification notification, String reason) implements WebhookOutcome {
    /** Checks the arguments. */
    public NotYet {
      requireNonNull(notification, "notification == null");
      requireNonNull(reason, "reason == null");
    }

    @Override
    public int status() {
      return 503;
    }

    @Override
    public String describe() {
      return "not yet taken by the listener " + notification.deduplicationKey() + " (" + reason + "), deliver again";
    }

    /** The {@link #describe()} text: never the notification's fields beyond its key. */
    @Override
    public String toString() {
      return "NotYet[" + describe() + "]";
    }
  }

  /**
   * The inbox failed (a durable inbox whose store is down): 503 if it failed to claim (the listener was not called),
   * 500 if it failed to record after the listener succeeded (the listener may then see the notification again).
   */
  record InboxFailed(Notification notification, String stage, Throwable cause) implements WebhookOutcome {
    /** Checks the arguments. */
    public InboxFailed {
      requireNonNull(notification, "notification == null");
      requireNonNull(stage, "stage == null");
      requireNonNull(cause, "cause == null");
    }

    @Override
    public int status() {
      return "claim".equals(stage) ? 503 : 500;
    }

    @Override
    public String describe() {
      return "inbox failed to " + stage + " " + notification.deduplicationKey() + " with "
          + cause.getClass().getName() + ", not acknowledged";
    }

    @Override
    public String toString() {
      return "InboxFailed[" + describe() + "]";
    }
  }

  /** Not a POST (405): the listener is not called. */
  record MethodNotAllowed(String method) implements WebhookOutcome {
    /** Checks the method. */
    public MethodNotAllowed {
      requireNonNull(method, "method == null");
    }

    @Override
    public int status() {
      return 405;
    }

    @Override
    public String describe() {
      return "method not allowed: " + UntrustedText.untrusted(method, 16);
    }
  }

  /**
   * The signature is missing, malformed or wrong, the timestamp is older than the window or too far ahead, or the
   * notification is signed for another merchant (401): the listener is not called.
   *
   * @param reason why, safe to log
   */
  record Unauthentic(String reason) implements WebhookOutcome {
    /** Checks the reason. */
    public Unauthentic {
      requireNonNull(reason, "reason == null");
    }

    @Override
    public int status() {
      return 401;
    }

    @Override
    public String describe() {
      return "unauthentic: " + reason;
    }
  }

  /**
   * The body cannot even be verified (400): not well-formed UTF-8, not a single JSON object, no top-level
   * {@code merchant_id}, a {@code timestamp} that is no number or string, or a body that could not be read from the
   * connection. A verified body is never Malformed: what cannot be mapped is {@link Unknown}. The listener is not
   * called.
   *
   * @param reason what is wrong, naming fields, never their values
   */
  record Malformed(String reason) implements WebhookOutcome {
    /** Checks the reason. */
    public Malformed {
      requireNonNull(reason, "reason == null");
    }

    @Override
    public int status() {
      return 400;
    }

    @Override
    public String describe() {
      return "malformed: " + reason;
    }
  }

  /** The body is larger than the limit (413): it was not read past the limit, and the listener is not called. */
  record TooLarge(int limitBytes) implements WebhookOutcome {
    @Override
    public int status() {
      return 413;
    }

    @Override
    public String describe() {
      return "body larger than " + limitBytes + " bytes";
    }
  }
}
