package io.github.paykka.spring;

import io.github.paykka.http.PaykkaHttpAdapter;

/**
 * Changes the HTTP adapter's builder after the starter applied the {@code paykka.*} properties and before it builds
 * the adapter: declare a bean to set what has no property (an {@code OkHttpClient} to share, a clock). Customizers run
 * in their {@code @Order}.
 */
@FunctionalInterface
public interface PaykkaHttpAdapterBuilderCustomizer {

  /** Changes {@code builder}. */
  void customize(PaykkaHttpAdapter.Builder builder);
}
