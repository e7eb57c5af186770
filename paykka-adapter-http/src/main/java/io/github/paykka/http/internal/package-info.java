/** The HTTP adapter's implementation: transport, resilience, masking. Not part of the public API. */
@NullMarked
package io.github.paykka.http.internal;

import org.jspecify.annotations.NullMarked;
