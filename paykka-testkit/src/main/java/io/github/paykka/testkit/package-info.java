/**
 * paykka-java's testkit: in-memory fakes of every driven port, documented test cards, a stateful local PayKKa
 * sandbox, a webhook test signer, port contract suites and a JUnit 5 extension.
 */
@NullMarked
package io.github.paykka.testkit;

import org.jspecify.annotations.NullMarked;
