package io.github.paykka.docs;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.paykka.docs.demo.Demo;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** The README's demo runs with every build: a full lifecycle against the sandbox, every step as documented. */
class DemoTest {

  @Test
  void everyStepOfTheLifecycleBehavesAsDocumented() throws Exception {
    ByteArrayOutputStream printed = new ByteArrayOutputStream();
    int failures = Demo.run(new PrintStream(printed, true, StandardCharsets.UTF_8));
    String table = printed.toString(StandardCharsets.UTF_8);

    assertThat(failures).as(table).isZero();
    assertThat(table).contains("Every step behaved as the docs say.")
        .contains("PAYMENT.AUTHORIZATION", "PAYMENT.SUCCESS", "PAYMENT.CANCELED", "REFUND.SUCCESS")
        .contains("PARTIALLY_REFUNDED", "CANCELED", "token removed", "refused")
        // no card number, whole or masked beyond BIN + last 4, reaches the table
        .doesNotContain("4242424242424242", "5555555555554444", "4000000000003220");
    // every line reads in a 120-column terminal
    assertThat(table.lines()).allSatisfy(line -> assertThat(line.length()).as(line).isLessThanOrEqualTo(Demo.WIDTH));
    assertThat(Demo.WIDTH).isEqualTo(120);
    // every step's name fits its column: each row's second column starts where the header's does
    int column = table.lines().filter(l -> l.startsWith("step ")).findFirst().orElseThrow().indexOf("order (");
    assertThat(table.lines().filter(l -> l.contains(" GW0") || l.contains(" RA0") || l.contains(" TK0")))
        .isNotEmpty()
        .allSatisfy(line -> assertThat(line.charAt(column - 1)).as(line).isEqualTo(' '))
        .allSatisfy(line -> assertThat(line.charAt(column)).as(line).isNotEqualTo(' '));
  }

  @Test
  void aLongFailureIsWrappedToTheWidth() {
    String why = "FAILED: expected PARTIALLY_REFUNDED and REFUND.SUCCESS, got SUCCESS; " + "payments.query [GW1] ".repeat(8);
    for (String line : Demo.wrap(why, Demo.WIDTH, 47)) {
      assertThat(line.length()).as(line).isLessThanOrEqualTo(Demo.WIDTH);
    }
    assertThat(String.join(" ", Demo.wrap(why, Demo.WIDTH, 47)).replaceAll("\\s+", " ")).isEqualTo(why.strip());
  }
}
