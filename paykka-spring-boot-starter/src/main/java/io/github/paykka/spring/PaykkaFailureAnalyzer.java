package io.github.paykka.spring;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** Reports a bad or missing {@code paykka.*} property by its name, instead of a stack trace. */
final class PaykkaFailureAnalyzer extends AbstractFailureAnalyzer<PaykkaPropertyException> {

  @Override
  protected FailureAnalysis analyze(Throwable rootFailure, PaykkaPropertyException cause) {
    String description = "PayKKa is not configured: the property '" + cause.property() + "' " + sentence(cause.problem());
    String action = "Set '" + cause.property() + "' in the application's configuration (application.properties or"
        + " application.yml, or an environment variable). The properties are listed in paykka-java's"
        + " docs/spring-boot.md; a PaykkaHttpAdapterBuilderCustomizer or PaykkaWebhookHandlerBuilderCustomizer bean"
        + " may also have set it.";
    return new FailureAnalysis(description, action, cause);
  }

  private static String sentence(String problem) {
    String p = problem.startsWith("is ") || problem.startsWith("must ") ? problem : "is not usable: " + problem;
    return p.endsWith(".") ? p : p + ".";
  }
}
