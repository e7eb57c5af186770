/** paykka-java: the domain module's root package. */
@NullMarked
package io.github.paykka.domain;

import org.jspecify.annotations.NullMarked;
