/**
 * The {@code paykka} command line, the entry point of the testkit's standalone jar: {@code sandbox} (the local PayKKa),
 * {@code keys generate}, {@code sign}, {@code verify} and {@code notify}. The one package of the testkit that writes
 * to standard output.
 */
@NullMarked
package io.github.paykka.testkit.cli;

import org.jspecify.annotations.NullMarked;
