package io.github.paykka.testkit.junit;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import io.github.paykka.testkit.sandbox.Quirk;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Runs the annotated test class against a {@link PaykkaSandboxExtension sandbox} of its own, e.g.
 * {@code @PaykkaSandboxTest(quirks = {Quirk.EXTRA_FIELDS, Quirk.CLOSED_CONNECTIONS})}.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@ExtendWith(PaykkaSandboxExtension.class)
public @interface PaykkaSandboxTest {
  /** The quirks of the real PayKKa the sandbox shows before each test (default none; see {@link Quirk}). */
  Quirk[] quirks() default {};
}
