/**
 * Micrometer metrics of paykka-java, with or without Spring: a timer of calls through the driven ports
 * ({@link io.github.paykka.micrometer.PaykkaCallMetrics}), a counter of notifications by type and outcome
 * ({@link io.github.paykka.micrometer.PaykkaNotificationMetrics}, needs paykka-adapter-webhook), and the HTTP adapter's
 * circuit state, retries and other resilience decisions ({@link io.github.paykka.micrometer.PaykkaResilienceMetrics},
 * needs paykka-adapter-http). Every class takes the {@code MeterRegistry} to register with; none uses the global one.
 *
 * <p>Tags have bounded values: operation labels, outcome names, notification types and circuit states from fixed
 * lists. No tag carries an identifier, an amount, card data or text sent by PayKKa.
 */
@NullMarked
package io.github.paykka.micrometer;

import org.jspecify.annotations.NullMarked;
