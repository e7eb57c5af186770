/**
 * The one place where wire messages meet the domain and the ports, split along its real seam: {@link
 * io.github.paykka.wire.mapping.WireMapper} is the client's side (requests out, answers and notifications in),
 * {@link io.github.paykka.wire.mapping.SandboxMapper} the sandbox's (requests in, answers and notifications out). A
 * wire value the domain refuses is a {@link io.github.paykka.wire.mapping.MappingError} naming the field; any other
 * exception is a bug and is thrown as one. The spellings of enumerated values live here, package-private, once.
 */
@NullMarked
package io.github.paykka.wire.mapping;

import org.jspecify.annotations.NullMarked;
