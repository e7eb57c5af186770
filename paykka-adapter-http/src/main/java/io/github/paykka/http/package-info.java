/** paykka-java: the http module's root package. */
@NullMarked
package io.github.paykka.http;

import org.jspecify.annotations.NullMarked;
