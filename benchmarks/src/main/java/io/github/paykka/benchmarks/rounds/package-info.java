/**
 * Bounded measurements in alternating rounds, for a machine other work shares: each round measures every contender
 * once, in turn, and reports time and the measuring thread's CPU time; a ratio is taken within a round, so that what
 * slows one round slows both sides of its ratio (see docs/performance.md).
 */
@NullMarked
package io.github.paykka.benchmarks.rounds;

import org.jspecify.annotations.NullMarked;
