/** Driving ports: the application's notification listener, and the inbox that makes processing effectively once. */
@NullMarked
package io.github.paykka.ports.notification;

import org.jspecify.annotations.NullMarked;
