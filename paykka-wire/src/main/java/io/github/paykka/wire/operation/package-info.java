/**
 * The one table of PayKKa's operations on the wire: for each {@link io.github.paykka.ports.Operation} its path, its
 * request message, how its answer's {@code data} decodes and how it may be repeated. Every transport (the HTTP
 * adapter, the docs' JDK transport, a user's own) and the sandbox's routing read it from here.
 */
@NullMarked
package io.github.paykka.wire.operation;

import org.jspecify.annotations.NullMarked;
