package io.github.paykka.testkit.cli;

/**
 * Ends a subcommand with an exit code and one line for standard error (never a stack trace): what could not be done
 * and why.
 */
final class CliFailure extends RuntimeException {
  final int exitCode;

  CliFailure(int exitCode, String message) {
    super(message, null, false, false);
    this.exitCode = exitCode;
  }

  /** {@value PaykkaCommand#CANNOT_RUN}: a file cannot be read or written, a key parsed, a port bound. */
  static CliFailure cannotRun(String message) {
    return new CliFailure(PaykkaCommand.CANNOT_RUN, message);
  }

  /** {@value PaykkaCommand#USAGE}: the arguments contradict each other or the input. */
  static CliFailure usage(String message) {
    return new CliFailure(PaykkaCommand.USAGE, message);
  }
}
