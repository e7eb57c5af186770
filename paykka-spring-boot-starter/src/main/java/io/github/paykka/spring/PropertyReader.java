package io.github.paykka.spring;

import io.github.paykka.domain.id.MerchantId;
import io.github.paykka.http.PaykkaEnvironment;
import io.github.paykka.wire.signature.PemKeys;
import io.github.paykka.wire.signature.Signer;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.springframework.core.io.Resource;
import org.springframework.core.io.ResourceLoader;

/**
 * Reads the {@code paykka.*} properties that need more than binding (keys, environment, webhook path), each failure a
 * {@link PaykkaPropertyException} naming its property. Never puts a key into a message.
 */
final class PropertyReader {
  static final String MERCHANT_ID = "paykka.merchant-id";
  static final String MERCHANT_PRIVATE_KEY = "paykka.merchant-private-key";
  static final String PLATFORM_PUBLIC_KEYS = "paykka.platform-public-keys";
  static final String ENVIRONMENT = "paykka.environment";
  static final String BASE_URL = "paykka.base-url";
  static final String WEBHOOK_PATH = "paykka.webhook.path";

  /** A key file is a few kilobytes; anything much larger is not one. */
  private static final int MAX_KEY_BYTES = 64 * 1024;
  private static final Pattern SCHEME = Pattern.compile("^[A-Za-z][A-Za-z0-9+.-]*:");
  private static final Pattern PATH = Pattern.compile("/[A-Za-z0-9._~!$&'()+,;=:@%/-]*");

  private PropertyReader() {}

  /** The merchant id, the signer over the private key, and the platform keys, parsed once. */
  static PaykkaCredentials credentials(PaykkaProperties properties, ResourceLoader resources) {
    MerchantId merchantId = merchantId(properties.getMerchantId());
    Signer signer = Signer.rsa(privateKey(properties.getMerchantPrivateKey(), resources));
    return new PaykkaCredentials(merchantId, signer, platformKeys(properties.getPlatformPublicKeys(), resources));
  }

  static MerchantId merchantId(@Nullable String value) {
    if (value == null || value.isBlank()) throw PaykkaPropertyException.missing(MERCHANT_ID, "your merchant_id at PayKKa");
    try {
      return MerchantId.of(value.strip());
    } catch (IllegalArgumentException e) {
      throw new PaykkaPropertyException(MERCHANT_ID, String.valueOf(e.getMessage()));
    }
  }

  static PrivateKey privateKey(@Nullable String value, ResourceLoader resources) {
    if (value == null || value.isBlank()) {
      throw PaykkaPropertyException.missing(MERCHANT_PRIVATE_KEY,
          "your RSA private key, as PEM or Base64 text or a file: or classpath: location");
    }
    String text = keyText(MERCHANT_PRIVATE_KEY, value, resources);
    PrivateKey key;
    try {
      key = PemKeys.privateKey(text);
    } catch (IllegalArgumentException e) {
      throw new PaykkaPropertyException(MERCHANT_PRIVATE_KEY, String.valueOf(e.getMessage()));
    }
    if (!"RSA".equalsIgnoreCase(key.getAlgorithm())) {
      throw new PaykkaPropertyException(MERCHANT_PRIVATE_KEY, "must be an RSA private key, was " + key.getAlgorithm());
    }
    return key;
  }

  static List<PublicKey> platformKeys(List<String> values, ResourceLoader resources) {
    List<PublicKey> keys = new ArrayList<>();
    for (int i = 0; i < values.size(); i++) {
      String property = PLATFORM_PUBLIC_KEYS + "[" + i + "]";
      String value = values.get(i);
      if (value == null || value.isBlank()) throw new PaykkaPropertyException(property, "is empty");
      PublicKey key;
      try {
        key = PemKeys.publicKey(keyText(property, value, resources));
      } catch (IllegalArgumentException e) {
        throw new PaykkaPropertyException(property, String.valueOf(e.getMessage()));
      }
      if (!"RSA".equalsIgnoreCase(key.getAlgorithm())) {
        throw new PaykkaPropertyException(property, "must be an RSA public key, was " + key.getAlgorithm());
      }
      keys.add(key);
    }
    if (keys.isEmpty()) {
      throw PaykkaPropertyException.missing(PLATFORM_PUBLIC_KEYS,
          "at least one PayKKa platform public key, which answers and notifications are verified with");
    }
    return keys;
  }

  /**
   * The key's text: the value itself (PEM, or bare Base64, which has no colon), or what a {@code file:} or
   * {@code classpath:} location holds.
   */
  private static String keyText(String property, String value, ResourceLoader resources) {
    String v = value.strip();
    if (v.startsWith("-----BEGIN") || !SCHEME.matcher(v).find()) return v;
    String scheme = v.substring(0, v.indexOf(':')).toLowerCase(Locale.ROOT);
    if (!scheme.equals("file") && !scheme.equals("classpath")) {
      // a key is never fetched over a network
      throw new PaykkaPropertyException(property,
          "must be PEM or Base64 text, or a file: or classpath: location, was a " + scheme + ": location");
    }
    Resource resource = resources.getResource(v);
    if (!resource.exists()) throw new PaykkaPropertyException(property, "no such file or resource: " + v);
    try (InputStream in = resource.getInputStream()) {
      byte[] bytes = in.readNBytes(MAX_KEY_BYTES + 1);
      if (bytes.length > MAX_KEY_BYTES) {
        throw new PaykkaPropertyException(property, v + " is larger than " + MAX_KEY_BYTES + " bytes: not a key");
      }
      return new String(bytes, StandardCharsets.UTF_8).strip();
    } catch (IOException e) {
      throw new PaykkaPropertyException(property, "cannot read " + v + ": " + e.getClass().getSimpleName());
    }
  }

  /** {@code sandbox}, {@code production} with the base URL, or a URL. */
  static PaykkaEnvironment environment(PaykkaProperties properties) {
    String value = properties.getEnvironment();
    String baseUrl = properties.getBaseUrl();
    if (value == null || value.isBlank()) {
      throw PaykkaPropertyException.missing(ENVIRONMENT,
          "sandbox, production (with " + BASE_URL + ") or PayKKa's base URL");
    }
    String v = value.strip();
    boolean hasBaseUrl = baseUrl != null && !baseUrl.isBlank();
    if (v.equalsIgnoreCase("production")) {
      if (!hasBaseUrl) {
        throw PaykkaPropertyException.missing(BASE_URL,
            "with " + ENVIRONMENT + "=production: the https URL PayKKa gave you");
      }
      try {
        return PaykkaEnvironment.production(baseUrl.strip());
      } catch (IllegalArgumentException e) {
        throw new PaykkaPropertyException(BASE_URL, withoutSetting(e));
      }
    }
    if (hasBaseUrl) {
      throw new PaykkaPropertyException(BASE_URL, "must be set only with " + ENVIRONMENT + "=production");
    }
    if (v.equalsIgnoreCase("sandbox")) return PaykkaEnvironment.SANDBOX;
    if (!SCHEME.matcher(v).find()) {
      throw new PaykkaPropertyException(ENVIRONMENT,
          "must be sandbox, production (with " + BASE_URL + ") or a URL, was '" + v + "'");
    }
    try {
      return new PaykkaEnvironment(URI.create(v));
    } catch (IllegalArgumentException e) {
      throw new PaykkaPropertyException(ENVIRONMENT, withoutSetting(e));
    }
  }

  /** The webhook's servlet path: absolute, one exact path. */
  static String webhookPath(PaykkaProperties properties) {
    String path = properties.getWebhook().getPath();
    if (path == null || !PATH.matcher(path).matches() || path.contains("//")) {
      throw new PaykkaPropertyException(WEBHOOK_PATH,
          "must be an absolute path such as /paykka/notifications (no wildcard, query or space), was '" + path + "'");
    }
    return path;
  }

  /** {@code environment: plain http ...} without its leading setting name. */
  private static String withoutSetting(IllegalArgumentException e) {
    return String.valueOf(e.getMessage()).replaceFirst("^environment:\\s*", "");
  }
}
