/**
 * Fixtures for the architecture tests: two miniature copies of the module layout under {@code good} and
 * {@code bad}. The bad one breaks every rule once, to show that each rule can fail; the good one keeps every rule,
 * to show that the rules are not failing for the wrong reason. Never used by anything but those tests.
 */
@NullMarked
package io.github.paykka.archfixture;

import org.jspecify.annotations.NullMarked;
