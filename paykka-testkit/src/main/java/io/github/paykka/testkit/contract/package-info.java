/**
 * Port contract suites: abstract JUnit 5 test classes, one per driven port, that any implementation of the port
 * (the in-memory fakes, the HTTP adapter against the sandbox, a user's own adapter) extends by providing the
 * gateways under test and a {@link io.github.paykka.testkit.PaymentSimulator}. They assert PayKKa-like behaviour
 * through the port only, and use a fresh random {@code trans_id} per test, so they also run against one long-lived
 * sandbox. JUnit Jupiter and AssertJ are optional dependencies of the testkit: add them to use these suites.
 */
@NullMarked
package io.github.paykka.testkit.contract;

import org.jspecify.annotations.NullMarked;
