package io.github.paykka.spring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.annotation.Configuration;

/** What a person sees when a real application fails to start: the property, not a stack trace. */
@ExtendWith(OutputCaptureExtension.class)
class StartupFailureTest {

  @Test
  void aMissingPropertyIsReportedByNameWithoutAStackTrace(CapturedOutput output) {
    assertThatThrownBy(() -> run("--paykka.merchant-id=" + Fixtures.MERCHANT_ID,
        "--paykka.platform-public-keys=" + Fixtures.base64(Fixtures.PLATFORM.publicKey().getEncoded()),
        "--paykka.environment=sandbox")).isNotNull();
    assertThat(output).contains("APPLICATION FAILED TO START")
        .contains("the property 'paykka.merchant-private-key' is required")
        .doesNotContain("\tat io.github.paykka")
        .doesNotContain("PaykkaHttpAdapter$Builder");
  }

  @Test
  void aBuilderRefusalIsReportedAsThePropertyWithoutAStackTrace(CapturedOutput output) {
    assertThatThrownBy(() -> run(withRequired("--paykka.retry.jitter=1.5"))).isNotNull();
    assertThat(output).contains("APPLICATION FAILED TO START")
        .contains("'paykka.retry.jitter' must be in [0, 1), was 1.5")
        .doesNotContain("\tat io.github.paykka");
  }

  @Test
  void aValueOfTheWrongTypeIsReportedByNameBySpringBoot(CapturedOutput output) {
    assertThatThrownBy(() -> run(withRequired("--paykka.connect-timeout=soon"))).isNotNull();
    assertThat(output).contains("APPLICATION FAILED TO START").contains("paykka.connect-timeout")
        .doesNotContain("\tat io.github.paykka");
  }

  private static String[] withRequired(String extra) {
    String[] required = Fixtures.required();
    String[] args = new String[required.length + 1];
    for (int i = 0; i < required.length; i++) args[i] = "--" + required[i];
    args[required.length] = extra;
    return args;
  }

  private static void run(String... args) {
    SpringApplication app = new SpringApplication(Minimal.class);
    app.setWebApplicationType(WebApplicationType.NONE);
    // no application.properties of the test class path: only what the test gives
    String[] all = new String[args.length + 1];
    System.arraycopy(args, 0, all, 0, args.length);
    all[args.length] = "--spring.config.name=paykka-startup-failure-test";
    app.run(all).close();
  }

  @Configuration(proxyBeanMethods = false)
  @EnableAutoConfiguration
  static class Minimal {}
}
