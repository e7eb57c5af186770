/**
 * The domain's one refusal of a value ({@link io.github.paykka.domain.validation.InvalidValueException}). A package
 * of its own, depending only on {@link io.github.paykka.domain.FieldError}, so that every value package (money, ids,
 * instruments, ...) can throw it without a package cycle through the root package.
 */
@NullMarked
package io.github.paykka.domain.validation;

import org.jspecify.annotations.NullMarked;
