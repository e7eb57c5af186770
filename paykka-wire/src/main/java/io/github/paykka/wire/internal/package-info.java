/** Implementation details of paykka-wire; not API, may change without notice. */
@NullMarked
package io.github.paykka.wire.internal;

import org.jspecify.annotations.NullMarked;
