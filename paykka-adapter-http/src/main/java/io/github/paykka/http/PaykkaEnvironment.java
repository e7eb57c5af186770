package io.github.paykka.http;

import static java.util.Objects.requireNonNull;

import java.net.InetAddress;
import java.net.URI;
import java.util.Locale;

/**
 * Where PayKKa is: its sandbox, production at an explicit URL, or a local server (the testkit sandbox).
 *
 * <p>Plain {@code http} is accepted only for loopback hosts ({@code localhost}, {@code 127.0.0.0/8}, {@code ::1}):
 * card data and signatures never travel unencrypted over a network.
 *
 * @param baseUrl the base URL, ending with {@code /}; the endpoints ({@code payments}, {@code payments/query} ...)
 *     are resolved against it
 */
public record PaykkaEnvironment(URI baseUrl) {
  /** PayKKa's sandbox, {@code https://sandbox.aq.paykka.com/}. */
  public static final PaykkaEnvironment SANDBOX = new PaykkaEnvironment(URI.create("https://sandbox.aq.paykka.com/"));

  /**
   * Checks the URL.
   *
   * @throws IllegalArgumentException if it is not absolute {@code https}, or {@code http} to a loopback host, or has a
   *     query or fragment
   */
  public PaykkaEnvironment {
    requireNonNull(baseUrl, "baseUrl == null");
    String scheme = baseUrl.getScheme() == null ? "" : baseUrl.getScheme().toLowerCase(Locale.ROOT);
    String host = baseUrl.getHost();
    if (host == null || host.isEmpty()) {
      throw new IllegalArgumentException("environment: base URL must be absolute with a host, was " + baseUrl);
    }
    if (baseUrl.getQuery() != null || baseUrl.getFragment() != null) {
      throw new IllegalArgumentException("environment: base URL must have no query or fragment, was " + baseUrl);
    }
    if (scheme.equals("http")) {
      if (!isLoopback(host)) {
        throw new IllegalArgumentException(
            "environment: plain http is allowed only for loopback hosts, use https for " + host);
      }
    } else if (!scheme.equals("https")) {
      throw new IllegalArgumentException("environment: base URL must be https (or http to loopback), was " + scheme);
    }
    String path = baseUrl.getRawPath() == null || baseUrl.getRawPath().isEmpty() ? "/" : baseUrl.getRawPath();
    if (!path.endsWith("/")) path = path + "/";
    baseUrl = URI.create(scheme + "://" + baseUrl.getRawAuthority() + path);
  }

  /**
   * PayKKa production at the URL PayKKa gave you (it is not published).
   *
   * @throws IllegalArgumentException if {@code url} is not an https URL
   */
  public static PaykkaEnvironment production(String url) {
    PaykkaEnvironment e = new PaykkaEnvironment(URI.create(requireNonNull(url, "url == null")));
    if (!e.baseUrl.getScheme().equalsIgnoreCase("https")) {
      throw new IllegalArgumentException("environment: production must be https, was " + url);
    }
    return e;
  }

  /**
   * A server on this machine, such as the testkit's sandbox ({@code http://127.0.0.1:port/}).
   *
   * @throws IllegalArgumentException if the host is not a loopback host
   */
  public static PaykkaEnvironment local(String url) {
    PaykkaEnvironment e = new PaykkaEnvironment(URI.create(requireNonNull(url, "url == null")));
    if (!isLoopback(e.baseUrl.getHost())) {
      throw new IllegalArgumentException("environment: local must be a loopback host, was " + e.baseUrl.getHost());
    }
    return e;
  }

  /** Whether this environment is on this machine. */
  public boolean isLocal() {
    return isLoopback(baseUrl.getHost());
  }

  private static boolean isLoopback(String host) {
    String h = host.startsWith("[") && host.endsWith("]") ? host.substring(1, host.length() - 1) : host;
    if (h.equalsIgnoreCase("localhost")) return true;
    // only literal addresses: resolving a name here would be I/O, and a name may resolve elsewhere tomorrow
    if (!h.matches("[0-9.]+") && !h.contains(":")) return false;
    try {
      return InetAddress.getByName(h).isLoopbackAddress();
    } catch (java.net.UnknownHostException e) {
      return false;
    }
  }
}
