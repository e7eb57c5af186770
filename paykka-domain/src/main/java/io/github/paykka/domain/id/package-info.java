/** Identifiers as their own types, validated at construction with the seeds' length rules. */
@NullMarked
package io.github.paykka.domain.id;

import org.jspecify.annotations.NullMarked;
