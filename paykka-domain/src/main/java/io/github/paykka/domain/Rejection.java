package io.github.paykka.domain;

import static java.util.Objects.requireNonNull;

import io.github.paykka.domain.money.Currency;
import io.github.paykka.domain.money.Money;

/**
 * Why a command on a lifecycle was refused. A refused command changes nothing; it is a value, never an
 * exception and never a silent no-op.
 */
public sealed interface Rejection {

  /** A sentence for people and logs; never contains card data. */
  String message();

  /** The command is not allowed in the current state, e.g. a capture of a CANCELED order. */
  record NotAllowedInState(String command, String state) implements Rejection {
    public NotAllowedInState {
      requireNonNull(command, "command == null");
      requireNonNull(state, "state == null");
    }

    @Override
    public String message() {
      return command + " is not allowed in state " + state;
    }
  }

  /** The amount asked for is more than is available, e.g. a refund beyond what was captured. */
  record ExceedsAvailable(String command, Money requested, Money available) implements Rejection {
    public ExceedsAvailable {
      requireNonNull(command, "command == null");
      requireNonNull(requested, "requested == null");
      requireNonNull(available, "available == null");
    }

    @Override
    public String message() {
      return command + " of " + requested + " exceeds the " + available + " available";
    }
  }

  /** The amount must be positive. */
  record NotPositive(String command) implements Rejection {
    public NotPositive {
      requireNonNull(command, "command == null");
    }

    @Override
    public String message() {
      return command + " needs an amount of at least one minor unit";
    }
  }

  /** The amount is in another currency than the order's. */
  record CurrencyMismatch(String command, Currency expected, Currency actual) implements Rejection {
    public CurrencyMismatch {
      requireNonNull(command, "command == null");
      requireNonNull(expected, "expected == null");
      requireNonNull(actual, "actual == null");
    }

    @Override
    public String message() {
      return command + " in " + actual + " on an order in " + expected;
    }
  }

  /** An observation or command concerns another instance than this one. */
  record DifferentSubject(String expected, String actual) implements Rejection {
    public DifferentSubject {
      requireNonNull(expected, "expected == null");
      requireNonNull(actual, "actual == null");
    }

    @Override
    public String message() {
      return "expected " + expected + ", got " + actual;
    }
  }

  /** An observation contradicts what is known: neither state can follow the other. */
  record Conflict(String known, String observed) implements Rejection {
    public Conflict {
      requireNonNull(known, "known == null");
      requireNonNull(observed, "observed == null");
    }

    @Override
    public String message() {
      return "observed " + observed + " cannot follow, nor precede, " + known;
    }
  }

  /** A precondition outside the lifecycle's own state failed, e.g. a payment on a cancelled agreement. */
  record PreconditionFailed(String command, String reason) implements Rejection {
    public PreconditionFailed {
      requireNonNull(command, "command == null");
      requireNonNull(reason, "reason == null");
    }

    @Override
    public String message() {
      return command + ": " + reason;
    }
  }
}
