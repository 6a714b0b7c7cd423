package io.github.jpsutil.cli.commands;

import io.github.jpsutil.cli.CommandFailure;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads the Prometheus exporter-toolkit web configuration file ({@code --web.config.file}, the file
 * node_exporter reads; format documented in prometheus/exporter-toolkit's {@code
 * docs/web-configuration.md}). The part jpsutil supports:
 *
 * <pre>
 * tls_server_config:
 *   cert_file: server.crt     # PEM, the certificate and its chain
 *   key_file: server.key      # PEM, PKCS#8 or PKCS#1 RSA, unencrypted
 *   min_version: TLS12        # or TLS13; TLS12 by default, as in exporter-toolkit
 * basic_auth_users:
 *   alice: $2y$10$...         # bcrypt hashes only
 * </pre>
 *
 * Relative file names are relative to the configuration file's directory, as in exporter-toolkit.
 * Its other settings (client certificates, cipher suites, curves, http_server_config) are refused
 * by name rather than ignored, and an unknown key is an error, as exporter-toolkit's strict YAML
 * decoding makes it. Every problem is one {@link CommandFailure} line naming the file and the key.
 */
final class WebConfigFile {
  private static final Set<String> UNSUPPORTED_TLS =
      Set.of(
          "cert",
          "key",
          "client_auth_type",
          "client_ca_file",
          "client_ca",
          "cipher_suites",
          "curve_preferences",
          "prefer_server_cipher_suites",
          "max_version",
          "client_allowed_sans");

  private WebConfigFile() {}

  /**
   * The configuration in {@code file}.
   *
   * @throws CommandFailure {@code --web.config.file FILE: what is wrong}
   */
  static WebConfig load(Path file) {
    try {
      return read(file);
    } catch (IllegalArgumentException e) {
      throw new CommandFailure("--web.config.file " + file + ": " + e.getMessage());
    }
  }

  private static WebConfig read(Path file) {
    String text;
    try {
      text = Files.readString(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new IllegalArgumentException("cannot read it (" + reason(e) + ")");
    }
    Map<String, Object> doc = SimpleYaml.parse(text);
    Map<String, String> tls = Map.of();
    Map<String, BcryptHash> users = new LinkedHashMap<>();
    for (Map.Entry<String, Object> e : doc.entrySet()) {
      switch (e.getKey()) {
        case "tls_server_config" -> tls = section(e);
        case "basic_auth_users" -> {
          for (Map.Entry<String, String> u : section(e).entrySet()) {
            try {
              users.put(u.getKey(), BcryptHash.parse(u.getValue()));
            } catch (IllegalArgumentException bad) {
              throw new IllegalArgumentException(
                  "basic_auth_users: the password of '" + u.getKey() + "' " + bad.getMessage());
            }
          }
        }
        case "http_server_config" ->
            throw new IllegalArgumentException("http_server_config is not supported by jpsutil");
        default -> throw new IllegalArgumentException("unknown key '" + e.getKey() + "'");
      }
    }
    if (tls.isEmpty()) {
      return new WebConfig(null, null, Map.copyOf(users));
    }
    String cert = null;
    String key = null;
    String min = "TLSv1.2";
    for (Map.Entry<String, String> e : tls.entrySet()) {
      switch (e.getKey()) {
        case "cert_file" -> cert = e.getValue();
        case "key_file" -> key = e.getValue();
        case "min_version" -> min = protocol(e.getValue());
        default ->
            throw new IllegalArgumentException(
                "tls_server_config: "
                    + (UNSUPPORTED_TLS.contains(e.getKey())
                        ? e.getKey() + " is not supported by jpsutil"
                        : "unknown key '" + e.getKey() + "'"));
      }
    }
    if (cert == null || cert.isEmpty() || key == null || key.isEmpty()) {
      throw new IllegalArgumentException("tls_server_config needs both cert_file and key_file");
    }
    Path dir = file.toAbsolutePath().getParent();
    return new WebConfig(
        PemTls.context(dir.resolve(cert), dir.resolve(key)), min, Map.copyOf(users));
  }

  @SuppressWarnings("unchecked")
  private static Map<String, String> section(Map.Entry<String, Object> e) {
    if (e.getValue() instanceof Map<?, ?> m) {
      for (Object v : m.values()) {
        if (!(v instanceof String)) {
          throw new IllegalArgumentException(e.getKey() + ": nested values are not expected");
        }
      }
      return (Map<String, String>) m;
    }
    if ("".equals(e.getValue())) {
      return Map.of();
    }
    throw new IllegalArgumentException(e.getKey() + " must be a mapping of keys to values");
  }

  private static String protocol(String v) {
    return switch (v) {
      case "TLS12" -> "TLSv1.2";
      case "TLS13" -> "TLSv1.3";
      case "TLS10", "TLS11" ->
          throw new IllegalArgumentException(
              "tls_server_config: min_version " + v + " is too old; use TLS12 or TLS13");
      default ->
          throw new IllegalArgumentException(
              "tls_server_config: min_version '"
                  + v
                  + "' is not one of "
                  + List.of("TLS12", "TLS13"));
    };
  }

  static String reason(IOException e) {
    String m = e.getMessage();
    return e.getClass().getSimpleName().replace("Exception", "") + (m == null ? "" : ": " + m);
  }
}
