/**
 * The adapter against the SDK a Java merchant would otherwise use (stripe-java), both calling one loopback server
 * (see docs/performance.md).
 */
@NullMarked
package io.github.paykka.benchmarks.peer;

import org.jspecify.annotations.NullMarked;
