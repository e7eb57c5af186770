package io.github.paykka.archfixture.good.cli;

/** A command line may print; its constants are final. */
public final class Main {
  private static final String GREETING = "listening";

  private Main() {}

  public static void main(String[] args) {
    System.out.println(GREETING);
  }
}
