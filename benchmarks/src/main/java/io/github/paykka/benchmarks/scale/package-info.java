/**
 * How costs grow: the sandbox with many orders, the in-memory inbox at its capacity, the webhook handler under
 * concurrent delivery (see docs/performance.md).
 */
@NullMarked
package io.github.paykka.benchmarks.scale;

import org.jspecify.annotations.NullMarked;
