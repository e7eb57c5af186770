/** Binding of the webhook handler to the JDK's {@code com.sun.net.httpserver.HttpServer}. */
@NullMarked
package io.github.paykka.webhook.jdk;

import org.jspecify.annotations.NullMarked;
