package io.github.jpsutil.cli.serve;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.jpsutil.cli.Main;
import io.github.jpsutil.cli.testing.CliRun;
import io.github.jpsutil.cli.testing.ServeRun;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import javax.net.ssl.HttpsURLConnection;
import javax.net.ssl.SSLContext;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code jpsutil serve --web.config.file}: TLS with a certificate from a CA the test makes with
 * openssl, basic authentication with a bcrypt hash, and the one-line start-up errors.
 */
@EnabledOnOs(OS.LINUX)
class ServeTlsAuthTest {
  /** One HTTPS response: status, WWW-Authenticate and body. */
  record Answer(int status, String challenge, String body) {}

  @Test
  @Timeout(60)
  void scrapesOverTlsNeedTheRightCredentialsAndLeakNothingWithoutThem(@TempDir Path dir)
      throws Exception {
    TestCertificates certs = TestCertificates.make(dir);
    Path config = certs.webConfig(dir);
    try (ServeRun serve = ServeRun.start("--port", "0", "--web.config.file", config.toString())) {
      String url = (String) serve.announcement().get("metrics_url");
      assertThat(url).matches("https://127\\.0\\.0\\.1:\\d+/metrics");
      SSLContext client = certs.clientContext();

      Answer ok = get(client, url, TestCertificates.USER, TestCertificates.PASSWORD);
      assertThat(ok.status()).isEqualTo(200);
      assertThat(ok.body()).contains("# TYPE system_cpu_time_seconds_total counter");

      for (Answer denied :
          new Answer[] {
            get(client, url, null, null),
            get(client, url, TestCertificates.USER, "wrong"),
            get(client, url, "mallory", TestCertificates.PASSWORD),
            get(client, url.replace("/metrics", "/"), null, null),
          }) {
        assertThat(denied.status()).isEqualTo(401);
        assertThat(denied.challenge()).isEqualTo("Basic realm=\"jpsutil\"");
        assertThat(denied.body()).isEqualTo("unauthorized\n");
      }

      // Plain HTTP on the TLS port gets no metrics.
      int port = URI.create(url).getPort();
      String plain;
      try {
        plain = ServeHardeningTest.exchange(port, "GET /metrics HTTP/1.1\r\n\r\n");
      } catch (IOException reset) {
        plain = "";
      }
      assertThat(plain).doesNotContain("system_");

      // A client that does not trust the test CA cannot complete the handshake.
      assertThatThrownBy(() -> get(SSLContext.getDefault(), url, null, null))
          .isInstanceOf(javax.net.ssl.SSLHandshakeException.class);
      assertThat(serve.err()).isEmpty();
    }
  }

  @Test
  void aBadWebConfigIsOneLineAndStatusOne(@TempDir Path dir) throws Exception {
    Path plain = dir.resolve("plain.yml");
    Files.writeString(plain, "basic_auth_users:\n  alice: hunter2\n");
    CliRun r = run("serve", "--port", "0", "--web.config.file", plain.toString());
    assertThat(r.status()).isEqualTo(Main.FAILURE);
    assertThat(r.err())
        .startsWith(
            "jpsutil: serve: --web.config.file "
                + plain
                + ": basic_auth_users: the password of 'alice' is not a bcrypt hash")
        .doesNotContain("hunter2")
        .hasLineCount(1);

    Path noCert = dir.resolve("nocert.yml");
    Files.writeString(
        noCert, "tls_server_config:\n  cert_file: missing.crt\n  key_file: missing.key\n");
    r = run("serve", "--port", "0", "--web.config.file", noCert.toString());
    assertThat(r.status()).isEqualTo(Main.FAILURE);
    assertThat(r.err())
        .startsWith(
            "jpsutil: serve: --web.config.file "
                + noCert
                + ": tls_server_config: cannot read cert_file "
                + dir.resolve("missing.crt"))
        .hasLineCount(1);

    Path unknown = dir.resolve("unknown.yml");
    Files.writeString(unknown, "tls_server_config:\n  certfile: a.crt\n");
    r = run("serve", "--port", "0", "--web.config.file", unknown.toString());
    assertThat(r.err())
        .isEqualTo(
            "jpsutil: serve: --web.config.file "
                + unknown
                + ": tls_server_config: unknown key 'certfile'\n");
    assertThat(r.out()).isEmpty();
  }

  @Test
  @Timeout(30)
  void servingBeyondLoopbackWithoutTlsWarnsOnce() throws Exception {
    // 0.0.0.0 listens on every address, loopback included, so the test still only talks to it.
    try (ServeRun serve = ServeRun.start("--address", "0.0.0.0", "--port", "0")) {
      assertThat(serve.errLines())
          .containsExactly(
              "jpsutil: serve: warning: serving on 0.0.0.0 without TLS: metrics cross the network"
                  + " in clear text (--web.config.file sets up TLS)");
    }
  }

  private static Answer get(SSLContext tls, String url, String user, String password)
      throws IOException {
    HttpsURLConnection c = (HttpsURLConnection) URI.create(url).toURL().openConnection();
    c.setSSLSocketFactory(tls.getSocketFactory());
    c.setConnectTimeout(5000);
    c.setReadTimeout(10_000);
    if (user != null) {
      String token = user + ":" + password;
      c.setRequestProperty(
          "Authorization",
          "Basic " + Base64.getEncoder().encodeToString(token.getBytes(StandardCharsets.UTF_8)));
    }
    try {
      int status = c.getResponseCode();
      InputStream in = status < 400 ? c.getInputStream() : c.getErrorStream();
      String body = in == null ? "" : new String(in.readAllBytes(), StandardCharsets.UTF_8);
      return new Answer(status, c.getHeaderField("WWW-Authenticate"), body);
    } finally {
      c.disconnect();
    }
  }

  private static CliRun run(String... args) {
    return CliRun.capture((out, err) -> Main.run(args, out, err));
  }
}
