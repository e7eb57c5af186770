/** Payment and checkout requests, validated before any I/O with every broken rule reported at once. */
@NullMarked
package io.github.paykka.domain.request;

import org.jspecify.annotations.NullMarked;
