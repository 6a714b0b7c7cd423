package io.github.jpsutil.cli.serve;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.jpsutil.cli.testing.ServeRun;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.net.SocketException;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;

/**
 * {@code jpsutil serve} against clients that misbehave: slow or incomplete requests, more
 * connections than it takes, oversized and malformed requests. Raw sockets on 127.0.0.1 only.
 */
@EnabledOnOs(OS.LINUX)
class ServeHardeningTest {
  private static final String SCRAPE = "GET /metrics HTTP/1.1\r\nHost: x\r\n\r\n";

  @Test
  @Timeout(60)
  void fiftySlowClientsDoNotDelayAScrapeAndAreCutOffAfterTheDeadline() throws Exception {
    try (ServeRun serve = ServeRun.start("--port", "0")) {
      int port = port(serve);
      assertThat(exchange(port, SCRAPE)).startsWith("HTTP/1.1 200 OK"); // first sample taken
      List<Socket> slow = new ArrayList<>();
      long openedAt = System.nanoTime();
      try {
        for (int i = 0; i < 50; i++) {
          Socket s = connect(port);
          // The request head without its final empty line: the server waits for the rest.
          s.getOutputStream().write("GET /metrics HTTP/1.1\r\nHost: x\r\n".getBytes());
          slow.add(s);
        }
        long start = System.nanoTime();
        String response = exchange(port, SCRAPE);
        long millis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
        assertThat(response).startsWith("HTTP/1.1 200 OK").contains("system_cpu_time_seconds");
        assertThat(millis).as("scrape while 50 slow clients are held, ms").isLessThan(1000);
        // The server closes each slow connection 5 s after it was accepted, without a response.
        for (Socket s : slow) {
          s.setSoTimeout(10_000);
          assertThat(readAll(s.getInputStream())).isEmpty();
        }
        long closedAfter = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - openedAt);
        assertThat(closedAfter).as("ms until all slow clients were closed").isBetween(4500L, 9000L);
      } finally {
        for (Socket s : slow) {
          s.close();
        }
      }
      assertThat(serve.err()).isEmpty();
    }
  }

  @Test
  @Timeout(60)
  void connectionsBeyondTheLimitAreRefusedAtOnceAndServiceResumes() throws Exception {
    try (ServeRun serve = ServeRun.start("--port", "0")) {
      int port = port(serve);
      List<Socket> held = new ArrayList<>();
      try {
        for (int i = 0; i < 64; i++) {
          held.add(connect(port)); // idle: they hold all 64 connection slots
        }
        long start = System.nanoTime();
        String refused = exchange(port, SCRAPE);
        long millis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
        assertThat(refused).startsWith("HTTP/1.1 503 Service Unavailable");
        assertThat(millis).as("ms to refuse the 65th connection").isLessThan(1000);
      } finally {
        for (Socket s : held) {
          s.close();
        }
      }
      // The slots free as the server sees the held connections close.
      long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
      String after = exchange(port, SCRAPE);
      while (!after.startsWith("HTTP/1.1 200") && System.nanoTime() < deadline) {
        Thread.sleep(100);
        after = exchange(port, SCRAPE);
      }
      assertThat(after).startsWith("HTTP/1.1 200 OK");
    }
  }

  @Test
  @Timeout(60)
  void oversizedAndMalformedRequestsGetA4xxOrA505() throws Exception {
    try (ServeRun serve = ServeRun.start("--port", "0")) {
      int port = port(serve);
      String big = "GET /metrics HTTP/1.1\r\nX-Big: " + "a".repeat(9000) + "\r\n\r\n";
      assertThat(exchange(port, big)).startsWith("HTTP/1.1 431 ");
      StringBuilder many = new StringBuilder("GET /metrics HTTP/1.1\r\n");
      for (int i = 0; i < 65; i++) {
        many.append("X-").append(i).append(": 1\r\n");
      }
      assertThat(exchange(port, many + "\r\n")).startsWith("HTTP/1.1 431 ");
      assertThat(exchange(port, "GARBAGE\r\n\r\n")).startsWith("HTTP/1.1 400 ");
      assertThat(exchange(port, "GET metrics HTTP/1.1\r\n\r\n")).startsWith("HTTP/1.1 400 ");
      assertThat(exchange(port, "GET /metrics HTTP/1.1\r\nno colon\r\n\r\n"))
          .startsWith("HTTP/1.1 400 ");
      assertThat(exchange(port, "GET /metrics HTTP/1.1\r\n folded: x\r\n\r\n"))
          .startsWith("HTTP/1.1 400 ");
      assertThat(exchange(port, "GET /metrics HTTP/2.0\r\n\r\n")).startsWith("HTTP/1.1 505 ");
      assertThat(exchange(port, "PUT /metrics HTTP/1.1\r\n\r\n"))
          .startsWith("HTTP/1.1 405 ")
          .contains("Allow: GET, HEAD\r\n");
      assertThat(exchange(port, "DELETE / HTTP/1.1\r\n\r\n")).startsWith("HTTP/1.1 405 ");
      assertThat(exchange(port, "GET /nothing HTTP/1.1\r\n\r\n")).startsWith("HTTP/1.1 404 ");
      // A query string is not part of the path; bare LF line ends are accepted.
      assertThat(exchange(port, "GET /metrics?x=1 HTTP/1.0\n\n")).startsWith("HTTP/1.1 200 OK");
      // HEAD: the length GET would have, no body.
      String head = exchange(port, "HEAD / HTTP/1.1\r\n\r\n");
      assertThat(head).startsWith("HTTP/1.1 200 OK").endsWith("\r\n\r\n");
      assertThat(exchange(port, "GET / HTTP/1.1\r\n\r\n")).contains("href=\"/metrics\"");
      assertThat(serve.err()).isEmpty();
    }
  }

  static int port(ServeRun serve) {
    return URI.create((String) serve.announcement().get("metrics_url")).getPort();
  }

  private static Socket connect(int port) throws IOException {
    Socket s = new Socket(InetAddress.getLoopbackAddress(), port);
    s.setSoTimeout(10_000);
    return s;
  }

  /** Sends {@code request} and returns everything the server sends until it closes. */
  static String exchange(int port, String request) throws IOException {
    try (Socket s = connect(port)) {
      s.getOutputStream().write(request.getBytes(StandardCharsets.ISO_8859_1));
      return new String(readAll(s.getInputStream()), StandardCharsets.ISO_8859_1);
    }
  }

  private static byte[] readAll(InputStream in) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    byte[] buf = new byte[8192];
    try {
      for (int n; (n = in.read(buf)) >= 0; ) {
        out.write(buf, 0, n);
      }
    } catch (SocketException reset) {
      // closed with a reset after (or instead of) the response: what arrived is the answer
    } catch (SocketTimeoutException e) {
      throw new AssertionError("the server neither answered nor closed within 10 s", e);
    }
    return out.toByteArray();
  }
}
