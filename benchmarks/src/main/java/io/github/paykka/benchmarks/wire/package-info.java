/** JMH benchmarks of paykka-wire, each against a baseline measured in the same run (see docs/performance.md). */
@NullMarked
package io.github.paykka.benchmarks.wire;

import org.jspecify.annotations.NullMarked;
