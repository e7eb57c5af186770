/** paykka-java: the testkit module's root package. */
@NullMarked
package io.github.paykka.testkit;

import org.jspecify.annotations.NullMarked;
