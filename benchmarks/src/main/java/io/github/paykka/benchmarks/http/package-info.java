/** JMH benchmarks of the HTTP adapter, each against a baseline measured in the same run (see docs/performance.md). */
@NullMarked
package io.github.paykka.benchmarks.http;

import org.jspecify.annotations.NullMarked;
