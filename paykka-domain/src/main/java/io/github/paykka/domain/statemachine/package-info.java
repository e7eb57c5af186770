/** State machines as data: the one table of legal transitions per lifecycle, and its Mermaid rendering. */
@NullMarked
package io.github.paykka.domain.statemachine;

import org.jspecify.annotations.NullMarked;
