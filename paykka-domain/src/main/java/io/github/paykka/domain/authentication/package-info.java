/** What PayKKa reports of a payment's 3DS authentication. Pure values. */
@NullMarked
package io.github.paykka.domain.authentication;

import org.jspecify.annotations.NullMarked;
