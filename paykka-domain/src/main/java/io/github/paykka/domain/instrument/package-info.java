/** Payment instruments as a sealed family; card data never prints in full. */
@NullMarked
package io.github.paykka.domain.instrument;

import org.jspecify.annotations.NullMarked;
