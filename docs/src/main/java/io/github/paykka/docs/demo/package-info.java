/** The one-command demo of the README. */
@NullMarked
package io.github.paykka.docs.demo;

import org.jspecify.annotations.NullMarked;
