package io.github.jpsutil.cli.serve;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import io.github.jpsutil.cli.Main;
import io.github.jpsutil.cli.testing.CliRun;
import io.github.jpsutil.cli.testing.ServeRun;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.HttpURLConnection;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;

/** {@code jpsutil serve} in-process: its endpoint, its OTLP push, and its one-line errors. */
@EnabledOnOs(OS.LINUX)
class ServeCommandTest {
  /** One HTTP response. */
  record Response(int status, String type, String encoding, String body) {}

  @Test
  @Timeout(30)
  void metricsAreServedAsPrometheusTextAndOtherPathsAreNot() throws Exception {
    try (ServeRun serve = ServeRun.start("--port", "0")) {
      String url = (String) serve.announcement().get("metrics_url");
      assertThat(url).matches("http://127\\.0\\.0\\.1:\\d+/metrics");
      Response metrics = request("GET", url, false);
      assertThat(metrics.status()).isEqualTo(200);
      assertThat(metrics.type()).isEqualTo("text/plain; version=0.0.4; charset=utf-8");
      assertThat(metrics.body())
          .contains("# TYPE system_cpu_time_seconds_total counter")
          .contains("system_memory_usage_bytes{state=\"used\"}");
      Response gzip = request("GET", url, true);
      assertThat(gzip.encoding()).isEqualTo("gzip");
      assertThat(gzip.body()).contains("# TYPE system_process_count gauge");
      Response head = request("HEAD", url, false);
      assertThat(head.status()).isEqualTo(200);
      assertThat(head.body()).isEmpty();
      assertThat(request("POST", url, false).status()).isEqualTo(405);
      assertThat(request("GET", url.replace("/metrics", "/other"), false).status()).isEqualTo(404);
      assertThat(request("GET", url.replace("/metrics", "/"), false).body()).contains("/metrics");
      assertThat(serve.stop()).isZero();
      assertThat(serve.err()).isEmpty();
    }
  }

  @Test
  @Timeout(30)
  void aSelectedProcessThatExitsIsGoneFromTheNextScrape() throws Exception {
    Process sleeper = new ProcessBuilder("sleep", "60").start();
    try (ServeRun serve =
        ServeRun.start("--port", "0", "--interval", "0.2", "--pid", Long.toString(sleeper.pid()))) {
      String url = (String) serve.announcement().get("metrics_url");
      String series = "process_pid=\"" + sleeper.pid() + "\"";
      assertThat(request("GET", url, false).body()).contains(series);
      sleeper.destroyForcibly();
      assertThat(sleeper.waitFor(10, TimeUnit.SECONDS)).isTrue();
      Thread.sleep(200); // the sample is older than half the interval: the scrape resamples
      assertThat(request("GET", url, false).body())
          .doesNotContain(series)
          .contains("system_uptime_seconds");
    } finally {
      sleeper.destroyForcibly();
    }
  }

  @Test
  @Timeout(30)
  void otlpPushesProtobufWithTheConventionsNamesAndUnits() throws Exception {
    BlockingQueue<String[]> received = new ArrayBlockingQueue<>(16);
    HttpServer collector =
        HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 4);
    collector.createContext(
        "/",
        ex -> {
          byte[] body = ex.getRequestBody().readAllBytes();
          received.offer(
              new String[] {
                ex.getRequestURI().getPath(),
                ex.getRequestHeaders().getFirst("Content-Type"),
                new String(body, StandardCharsets.ISO_8859_1)
              });
          ex.sendResponseHeaders(200, -1);
          ex.close();
        });
    collector.start();
    try (ServeRun serve =
        ServeRun.start(
            "--otlp", "http://127.0.0.1:" + collector.getAddress().getPort(), "--interval", "1")) {
      assertThat(serve.announcement())
          .containsEntry(
              "otlp_url", "http://127.0.0.1:" + collector.getAddress().getPort() + "/v1/metrics")
          .containsEntry("step_seconds", 1.0);
      String[] push = received.poll(15, TimeUnit.SECONDS);
      assertThat(push).as("a push within 15 s").isNotNull();
      assertThat(push[0]).isEqualTo("/v1/metrics");
      assertThat(push[1]).isEqualTo("application/x-protobuf");
      // Protobuf keeps strings as UTF-8 bytes: names, attribute keys and UCUM units are visible.
      assertThat(push[2])
          .contains("system.cpu.time")
          .contains("system.memory.usage")
          .contains("service.name")
          .contains("jpsutil")
          .contains("By");
      assertThat(serve.stop()).isZero();
    } finally {
      collector.stop(0);
    }
  }

  @Test
  void aPortInUseIsOneLineAndStatusOne() throws IOException {
    try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      CliRun r = run("serve", "--port", Integer.toString(taken.getLocalPort()));
      assertThat(r.status()).isEqualTo(Main.FAILURE);
      assertThat(r.err())
          .isEqualTo(
              "jpsutil: serve: cannot listen on 127.0.0.1:"
                  + taken.getLocalPort()
                  + ": the port is already in use\n");
      assertThat(r.out()).isEmpty();
    }
  }

  @Test
  void anAddressNotOnThisMachineIsOneLineAndStatusOne() {
    // 192.0.2.0/24 is TEST-NET-1 (RFC 5737): never a local address.
    CliRun r = run("serve", "--address", "192.0.2.1", "--port", "0");
    assertThat(r.status()).isEqualTo(Main.FAILURE);
    assertThat(r.err())
        .isEqualTo(
            "jpsutil: serve: cannot listen on 192.0.2.1:0: the address is not one of this"
                + " machine's\n");
  }

  @Test
  void badOptionsAreOneLineAndStatusTwo() {
    assertUsage("jpsutil: serve: bad name pattern 'java(': Unclosed group", "--name", "java(");
    assertUsage(
        "jpsutil: serve: bad command-line pattern '*x': Dangling meta character '*'",
        "--cmdline",
        "*x");
    assertUsage(
        "jpsutil: serve: --address: cannot resolve 'no-such-host.invalid'",
        "--address",
        "no-such-host.invalid");
    assertUsage(
        "jpsutil: serve: --port must be a whole number within 0..65535, got '65536'",
        "--port",
        "65536");
    assertUsage(
        "jpsutil: serve: --top-cpu must be a whole number within 0..10000, got '-1'",
        "--top-cpu=-1");
    assertUsage(
        "jpsutil: serve: --max-processes must be a whole number within 1..10000, got '0'",
        "--max-processes",
        "0");
    assertUsage(
        "jpsutil: serve: --pid must be a whole number within 0..2147483647, got 'x'",
        "--pid",
        "1,x");
    assertUsage(
        "jpsutil: serve: --otlp must be an http:// or https:// URL with a host, got 'ftp://h'",
        "--otlp",
        "ftp://h");
    assertUsage(
        "jpsutil: serve: --address, --port and --web.config.file are for the Prometheus endpoint;"
            + " --otlp pushes instead",
        "--otlp",
        "http://127.0.0.1:4318",
        "--port",
        "1234");
    assertUsage(
        "jpsutil: serve: --interval must be a number of seconds within 0.1..3600.0, got '0'",
        "--interval",
        "0");
    assertUsage(
        "jpsutil: serve: --without: unknown metric family 'cpus' (cpu, memory, paging, disk,"
            + " filesystem, network, connections, process-count, uptime, temperature)",
        "--without",
        "memory,cpus");
  }

  private static void assertUsage(String line, String... options) {
    String[] args = new String[options.length + 1];
    args[0] = "serve";
    System.arraycopy(options, 0, args, 1, options.length);
    CliRun r = run(args);
    assertThat(r.status()).as(String.join(" ", args)).isEqualTo(Main.USAGE);
    assertThat(r.err()).isEqualTo(line + "\n");
    assertThat(r.out()).isEmpty();
  }

  private static CliRun run(String... args) {
    return CliRun.capture((out, err) -> Main.run(args, out, err));
  }

  private static Response request(String method, String url, boolean gzip) throws IOException {
    HttpURLConnection c = (HttpURLConnection) URI.create(url).toURL().openConnection();
    c.setRequestMethod(method);
    if (gzip) {
      c.setRequestProperty("Accept-Encoding", "gzip");
    }
    try {
      int status = c.getResponseCode();
      InputStream raw = status < 400 ? c.getInputStream() : c.getErrorStream();
      ByteArrayOutputStream body = new ByteArrayOutputStream();
      if (raw != null) {
        try (InputStream in =
            "gzip".equals(c.getContentEncoding()) ? new GZIPInputStream(raw) : raw) {
          in.transferTo(body);
        }
      }
      return new Response(
          status,
          c.getContentType(),
          c.getContentEncoding(),
          body.toString(StandardCharsets.UTF_8));
    } finally {
      c.disconnect();
    }
  }
}
