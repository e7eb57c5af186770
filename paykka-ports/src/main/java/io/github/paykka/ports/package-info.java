/** paykka-java: the ports module's root package. */
@NullMarked
package io.github.paykka.ports;

import org.jspecify.annotations.NullMarked;
