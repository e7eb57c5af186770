package io.github.paykka.webhook;

import static java.util.Objects.requireNonNull;

import io.github.paykka.domain.notification.Notification;

/**
 * What became of one delivery: the HTTP status it was answered with and why. Every call of
 * {@link PaykkaWebhookHandler#handle} ends in exactly one outcome, logged once; {@link #describe()} is safe to log
 * (no card data, no signatures, no bodies).
 *
 * <p>Only {@link Processed}, {@link Duplicate} and {@link UnknownType} acknowledge the notification (HTTP 200); any
 * other outcome makes PayKKa deliver it again (or, for a forged or broken one, fail for good).
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
   * Verified, but of a {@code notify_type} this version does not know: acknowledged (200) and reported, so that a
   * new kind of notification from PayKKa neither crashes the application nor is redelivered forever.
   */
  record UnknownType(UnknownNotification notification) implements WebhookOutcome {
    /** Checks the notification. */
    public UnknownType {
      requireNonNull(notification, "notification == null");
    }

    @Override
    public int status() {
      return 200;
    }

    @Override
    public String describe() {
      return "unknown notify_type '" + Text.untrusted(notification.notifyType(), 64) + "' for merchant "
          + Text.printable(notification.merchantId(), 64) + " acknowledged";
    }

    /** The {@link #describe()} text: never the notification's fields beyond its key. */
    @Override
    public String toString() {
      return "UnknownType[" + describe() + "]";
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
      return "method not allowed: " + Text.untrusted(method, 16);
    }
  }

  /**
   * The signature is missing, malformed or wrong, the timestamp is outside the freshness window, or the
   * notification is for another merchant (401): the listener is not called.
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
   * The body is not a notification we can read (400): not JSON, a field of the wrong type, a field the domain
   * needs missing or out of range. The listener is not called.
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
