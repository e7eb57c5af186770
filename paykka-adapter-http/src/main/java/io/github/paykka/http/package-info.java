/**
 * Every driven port of paykka-ports over PayKKa's HTTP API (Retrofit, OkHttp, Resilience4j): start at
 * {@link io.github.paykka.http.PaykkaHttpAdapter#builder()}.
 */
@NullMarked
package io.github.paykka.http;

import org.jspecify.annotations.NullMarked;
