/** The stored card tokens port: list and remove. */
@NullMarked
package io.github.paykka.ports.token;

import org.jspecify.annotations.NullMarked;
