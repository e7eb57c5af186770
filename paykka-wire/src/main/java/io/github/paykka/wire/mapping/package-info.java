/**
 * The one place where wire messages meet the domain and the ports: commands to request records, response records and
 * notifications to domain values. A wire value the domain cannot represent is a {@link
 * io.github.paykka.wire.mapping.MappingError} naming the field, never an exception.
 */
@NullMarked
package io.github.paykka.wire.mapping;

import org.jspecify.annotations.NullMarked;
