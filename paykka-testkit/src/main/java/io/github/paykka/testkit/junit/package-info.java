/** The JUnit 5 extension that runs a {@link io.github.paykka.testkit.sandbox.PaykkaSandbox} per test class. */
@NullMarked
package io.github.paykka.testkit.junit;

import org.jspecify.annotations.NullMarked;
