/** Money in minor units and the currencies PayKKa knows, with exact arithmetic. */
@NullMarked
package io.github.paykka.domain.money;

import org.jspecify.annotations.NullMarked;
