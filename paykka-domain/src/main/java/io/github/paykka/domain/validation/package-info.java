/**
 * Broken rules ({@link io.github.paykka.domain.validation.FieldError}) and the domain's one refusal of a value ({@link
 * io.github.paykka.domain.validation.InvalidValueException}). A package of its own that depends on no other, so that
 * every value package (money, ids, instruments, ...) can throw it without a package cycle through the root package.
 */
@NullMarked
package io.github.paykka.domain.validation;

import org.jspecify.annotations.NullMarked;
