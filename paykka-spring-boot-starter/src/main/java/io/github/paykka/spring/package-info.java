/**
 * PayKKa in a Spring Boot application: {@code paykka.*} properties ({@link io.github.paykka.spring.PaykkaProperties})
 * build the HTTP adapter, every driven port is a bean, the webhook endpoint is registered on the application's servlet
 * container and dispatches to its {@code NotificationListener} beans, and metrics and health are bound to Micrometer
 * and Actuator when the application has them. Every bean backs off when the application declares its own.
 */
@NullMarked
package io.github.paykka.spring;

import org.jspecify.annotations.NullMarked;
