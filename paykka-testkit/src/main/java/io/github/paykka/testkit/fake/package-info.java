/**
 * In-memory fakes of every driven port for unit tests: {@link io.github.paykka.testkit.fake.FakePaykka}, backed by
 * the same engine as the sandbox, with scriptable failures and a recorder of calls.
 */
@NullMarked
package io.github.paykka.testkit.fake;

import org.jspecify.annotations.NullMarked;
