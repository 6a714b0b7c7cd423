package io.github.jpsutil.cli.serve;

import io.github.jpsutil.cli.testing.JsonParser;
import java.io.IOException;
import java.io.InputStream;
import java.net.HttpURLConnection;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * A real Prometheus server (Debian's {@code prometheus} package) run by a test: its own config,
 * data directory and loopback port under a temporary directory, stopped by {@link #close()}.
 */
final class PrometheusServer implements AutoCloseable {
  /** One series of an instant-vector result. */
  record Sample(Map<String, Object> labels, double value) {}

  private final Process process;
  private final Path log;
  private final String base;

  private PrometheusServer(Process process, Path log, int port) {
    this.process = process;
    this.log = log;
    this.base = "http://127.0.0.1:" + port;
  }

  /** The binary, if installed. */
  static Optional<Path> binary() {
    for (String dir : System.getenv().getOrDefault("PATH", "/usr/bin:/bin").split(":")) {
      Path p = Path.of(dir, "prometheus");
      if (Files.isExecutable(p)) {
        return Optional.of(p);
      }
    }
    return Optional.empty();
  }

  /** Starts Prometheus scraping {@code target} ({@code host:port}) every {@code scrapeSeconds}. */
  static PrometheusServer start(Path binary, Path dir, String target, int scrapeSeconds)
      throws IOException {
    return start(binary, dir, target, scrapeSeconds, null);
  }

  /**
   * Starts Prometheus scraping {@code target} over HTTPS, trusting only {@code certs}' CA and
   * sending its test user's basic-auth credentials ({@code certs} null: plain HTTP).
   */
  static PrometheusServer start(
      Path binary, Path dir, String target, int scrapeSeconds, TestCertificates certs)
      throws IOException {
    String secure =
        certs == null
            ? ""
            : "    scheme: https\n"
                + "    tls_config:\n"
                + "      ca_file: '"
                + certs.caCert()
                + "'\n"
                + "    basic_auth:\n"
                + "      username: "
                + TestCertificates.USER
                + "\n"
                + "      password: "
                + TestCertificates.PASSWORD
                + "\n";
    int port = freePort();
    Path config = dir.resolve("prometheus.yml");
    Files.writeString(
        config,
        "global:\n"
            + "  scrape_interval: "
            + scrapeSeconds
            + "s\n"
            + "  scrape_timeout: "
            + scrapeSeconds
            + "s\n"
            + "  evaluation_interval: "
            + scrapeSeconds
            + "s\n"
            + "scrape_configs:\n"
            + "  - job_name: jpsutil\n"
            + secure
            + "    static_configs:\n"
            + "      - targets: ['"
            + target
            + "']\n");
    Path log = dir.resolve("prometheus.log");
    Process p =
        new ProcessBuilder(
                binary.toString(),
                "--config.file=" + config,
                "--storage.tsdb.path=" + dir.resolve("data"),
                "--web.listen-address=127.0.0.1:" + port,
                "--log.level=warn")
            .redirectErrorStream(true)
            .redirectOutput(log.toFile())
            .start();
    return new PrometheusServer(p, log, port);
  }

  /** Prometheus' own log so far, for failure messages. */
  String log() {
    try {
      return Files.readString(log);
    } catch (IOException e) {
      return "(no log: " + e + ")";
    }
  }

  boolean isAlive() {
    return process.isAlive();
  }

  /** The instant vector of {@code promql} now; empty while Prometheus has no such series. */
  List<Sample> query(String promql) throws IOException {
    String url = base + "/api/v1/query?query=" + URLEncoder.encode(promql, StandardCharsets.UTF_8);
    HttpURLConnection c = (HttpURLConnection) URI.create(url).toURL().openConnection();
    c.setConnectTimeout(2000);
    c.setReadTimeout(5000);
    try (InputStream in = c.getInputStream()) {
      Map<String, Object> doc =
          JsonParser.object(new String(in.readAllBytes(), StandardCharsets.UTF_8));
      if (!"success".equals(doc.get("status"))) {
        throw new IOException(promql + ": " + doc);
      }
      @SuppressWarnings("unchecked")
      Map<String, Object> data = (Map<String, Object>) doc.get("data");
      List<Sample> out = new ArrayList<>();
      for (Object r : (List<?>) data.get("result")) {
        Map<?, ?> series = (Map<?, ?>) r;
        @SuppressWarnings("unchecked")
        Map<String, Object> labels = (Map<String, Object>) series.get("metric");
        List<?> value = (List<?>) series.get("value");
        out.add(new Sample(labels, Double.parseDouble((String) value.get(1))));
      }
      return out;
    } finally {
      c.disconnect();
    }
  }

  /** The single value of {@code promql}, waiting up to {@code seconds} for it to exist. */
  double waitForValue(String promql, int seconds) throws IOException, InterruptedException {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
    IOException last = null;
    while (System.nanoTime() < deadline) {
      if (!process.isAlive()) {
        throw new AssertionError("prometheus exited: " + log());
      }
      try {
        List<Sample> r = query(promql);
        if (r.size() == 1) {
          return r.get(0).value();
        }
      } catch (IOException e) {
        last = e; // not listening yet
      }
      Thread.sleep(200);
    }
    throw new AssertionError(
        promql + ": no single value in " + seconds + " s (" + last + "); log: " + log());
  }

  @Override
  public void close() throws InterruptedException {
    process.destroy(); // SIGTERM: Prometheus shuts down cleanly
    if (!process.waitFor(10, TimeUnit.SECONDS)) {
      process.destroyForcibly();
      process.waitFor(10, TimeUnit.SECONDS);
    }
  }

  static int freePort() throws IOException {
    try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      return s.getLocalPort();
    }
  }
}
