/**
 * The simulated PayKKa: one in-memory model of PayKKa in domain terms ({@link
 * io.github.paykka.testkit.simulation.SimulatedPaykka}), shared by the in-memory fakes and the HTTP sandbox so that
 * both behave identically. Every change goes through the domain's transitions, so the engine refuses what PayKKa
 * would; every refusal is an {@link io.github.paykka.testkit.simulation.SimulatedRefusal} naming the PayKKa code to answer
 * with.
 */
@NullMarked
package io.github.paykka.testkit.simulation;

import org.jspecify.annotations.NullMarked;
