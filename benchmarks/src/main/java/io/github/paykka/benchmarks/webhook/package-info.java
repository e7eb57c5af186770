/** JMH benchmarks of paykka-webhook, each against a baseline measured in the same run (see docs/performance.md). */
@NullMarked
package io.github.paykka.benchmarks.webhook;

import org.jspecify.annotations.NullMarked;
