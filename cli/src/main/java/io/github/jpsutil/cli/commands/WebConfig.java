package io.github.jpsutil.cli.commands;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;
import javax.net.ServerSocketFactory;
import javax.net.ssl.SSLContext;

/**
 * How {@code jpsutil serve} talks to scrapers: plain HTTP, or TLS with an optional set of basic
 * authentication users, as read from a Prometheus exporter-toolkit web configuration file by {@link
 * WebConfigFile}.
 *
 * @param sslContext the server's TLS context, or null for plain HTTP
 * @param minTlsProtocol {@code TLSv1.2} or {@code TLSv1.3}, the oldest version accepted
 * @param users user name to bcrypt hash; empty means no authentication
 */
record WebConfig(SSLContext sslContext, String minTlsProtocol, Map<String, BcryptHash> users) {
  /** Plain HTTP, no authentication: the default. */
  static final WebConfig NONE = new WebConfig(null, null, Map.of());

  boolean tls() {
    return sslContext != null;
  }

  ServerSocketFactory serverSocketFactory() {
    if (sslContext == null) {
      return ServerSocketFactory.getDefault();
    }
    SSLContext ctx = sslContext;
    String min = minTlsProtocol;
    return new TlsServerSocketFactory(ctx, min);
  }

  /**
   * Whether an {@code Authorization} header value lets the request through: always when no users
   * are configured, otherwise only {@code Basic} credentials whose password matches the user's
   * bcrypt hash. An unknown user costs a bcrypt comparison too, so that timing does not tell which
   * user names exist.
   */
  boolean authorized(String authorization) {
    if (users.isEmpty()) {
      return true;
    }
    if (authorization == null || !authorization.regionMatches(true, 0, "Basic ", 0, 6)) {
      return false;
    }
    String decoded;
    try {
      decoded =
          new String(
              Base64.getDecoder().decode(authorization.substring(6).strip()),
              StandardCharsets.UTF_8);
    } catch (IllegalArgumentException e) {
      return false;
    }
    int colon = decoded.indexOf(':');
    if (colon < 0) {
      return false;
    }
    String user = decoded.substring(0, colon);
    byte[] password = decoded.substring(colon + 1).getBytes(StandardCharsets.UTF_8);
    BcryptHash hash = users.get(user);
    if (hash == null) {
      users.values().iterator().next().matches(password);
      return false;
    }
    return hash.matches(password);
  }
}
