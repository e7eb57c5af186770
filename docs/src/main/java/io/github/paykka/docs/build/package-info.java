/** What the build prints about itself: the total of every module's tests. Not part of the library. */
@NullMarked
package io.github.paykka.docs.build;

import org.jspecify.annotations.NullMarked;
