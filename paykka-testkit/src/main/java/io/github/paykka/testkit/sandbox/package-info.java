/**
 * A real local PayKKa: an HTTP server on loopback that speaks the v1.2 wire format, verifies request signatures, signs
 * responses, keeps state in the testkit's simulated PayKKa, delivers signed notifications with retries, and injects
 * faults, with a dashboard, the shopper's 3DS and checkout pages and triggers for people. Start it with
 * {@link io.github.paykka.testkit.sandbox.PaykkaSandbox#builder()}, from the command line with {@code paykka sandbox},
 * or per test class with the JUnit 5 extension.
 */
@NullMarked
package io.github.paykka.testkit.sandbox;

import org.jspecify.annotations.NullMarked;
