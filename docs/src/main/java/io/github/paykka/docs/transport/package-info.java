/** concepts.md's proof that a transport is all you write to replace the HTTP adapter. */
@NullMarked
package io.github.paykka.docs.transport;

import org.jspecify.annotations.NullMarked;
