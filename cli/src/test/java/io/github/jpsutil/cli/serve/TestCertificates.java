package io.github.jpsutil.cli.serve;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.cert.CertificateFactory;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;

/**
 * A throw-away certificate authority and a server certificate for 127.0.0.1 signed by it, made with
 * {@code openssl} in a test's directory; and a client TLS context that trusts only that CA.
 *
 * @param caCert the CA certificate (PEM)
 * @param serverCert the server certificate (PEM)
 * @param serverKey the server's private key (PEM, PKCS#8)
 */
record TestCertificates(Path caCert, Path serverCert, Path serverKey) {
  /** The exporter-toolkit user and password the tests use, and its libxcrypt bcrypt hash. */
  static final String USER = "alice";

  static final String PASSWORD = "secret";
  static final String PASSWORD_HASH =
      "$2b$05$abcdefghijklmnopqrstuuOQiyCxlgf/oeuTqixKmWdcYUh4Hjl0a";

  static TestCertificates make(Path dir) throws IOException, InterruptedException {
    Path ext = dir.resolve("san.ext");
    Files.writeString(ext, "subjectAltName=IP:127.0.0.1\nbasicConstraints=CA:FALSE\n");
    String ec = "ec";
    openssl(
        dir,
        "req",
        "-x509",
        "-newkey",
        ec,
        "-pkeyopt",
        "ec_paramgen_curve:prime256v1",
        "-nodes",
        "-keyout",
        "ca.key",
        "-out",
        "ca.crt",
        "-days",
        "2",
        "-subj",
        "/CN=jpsutil test CA");
    openssl(
        dir,
        "req",
        "-newkey",
        ec,
        "-pkeyopt",
        "ec_paramgen_curve:prime256v1",
        "-nodes",
        "-keyout",
        "server.key",
        "-out",
        "server.csr",
        "-subj",
        "/CN=127.0.0.1");
    openssl(
        dir,
        "x509",
        "-req",
        "-in",
        "server.csr",
        "-CA",
        "ca.crt",
        "-CAkey",
        "ca.key",
        "-CAcreateserial",
        "-out",
        "server.crt",
        "-days",
        "2",
        "-extfile",
        "san.ext");
    return new TestCertificates(
        dir.resolve("ca.crt"), dir.resolve("server.crt"), dir.resolve("server.key"));
  }

  /** A web config file with TLS from these files and the one test user. */
  Path webConfig(Path dir) throws IOException {
    return Files.writeString(
        dir.resolve("web.yml"),
        String.join(
            "\n",
            "# exporter-toolkit web configuration",
            "tls_server_config:",
            "  cert_file: server.crt",
            "  key_file: server.key",
            "  min_version: TLS12",
            "basic_auth_users:",
            "  " + USER + ": " + PASSWORD_HASH,
            ""));
  }

  /** A client context that trusts the test CA and nothing else. */
  SSLContext clientContext() throws IOException, GeneralSecurityException {
    KeyStore trust = KeyStore.getInstance("PKCS12");
    trust.load(null, null);
    try (InputStream in = Files.newInputStream(caCert)) {
      trust.setCertificateEntry(
          "ca", CertificateFactory.getInstance("X.509").generateCertificate(in));
    }
    TrustManagerFactory tmf =
        TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
    tmf.init(trust);
    SSLContext ctx = SSLContext.getInstance("TLS");
    ctx.init(null, tmf.getTrustManagers(), null);
    return ctx;
  }

  private static void openssl(Path dir, String... args) throws IOException, InterruptedException {
    List<String> command = new java.util.ArrayList<>(List.of("openssl"));
    command.addAll(List.of(args));
    Process p =
        new ProcessBuilder(command)
            .directory(dir.toFile())
            .redirectErrorStream(true)
            .redirectOutput(dir.resolve("openssl.log").toFile())
            .start();
    if (!p.waitFor(30, TimeUnit.SECONDS) || p.exitValue() != 0) {
      p.destroyForcibly();
      throw new IOException(
          "openssl "
              + String.join(" ", args)
              + ": "
              + Files.readString(dir.resolve("openssl.log")));
    }
  }
}
