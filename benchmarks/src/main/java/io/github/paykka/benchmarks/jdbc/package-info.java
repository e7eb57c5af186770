/** JMH benchmarks of paykka-adapter-jdbc, against a baseline measured in the same run (see docs/performance.md). */
@NullMarked
package io.github.paykka.benchmarks.jdbc;

import org.jspecify.annotations.NullMarked;
