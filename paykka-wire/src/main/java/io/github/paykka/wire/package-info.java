/** paykka-java: the wire module's root package. */
@NullMarked
package io.github.paykka.wire;

import org.jspecify.annotations.NullMarked;
