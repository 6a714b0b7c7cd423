package io.github.jpsutil.cli.commands;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.github.jpsutil.cli.CommandFailure;
import io.github.jpsutil.metrics.JpsutilMetrics;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.io.IOException;
import java.io.OutputStream;
import java.net.BindException;
import java.net.Inet6Address;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Consumer;
import java.util.zip.GZIPOutputStream;

/**
 * {@code /metrics} in Prometheus' text format on the JDK's HTTP server. Each scrape first lets the
 * binder resample if its sample is stale, so processes that exited are gone from that very scrape;
 * scrapes are served one at a time, so two never sample concurrently.
 */
final class PrometheusEndpoint implements AutoCloseable {
  /** The text exposition format 0.0.4, which every Prometheus version reads. */
  static final String CONTENT_TYPE = "text/plain; version=0.0.4; charset=utf-8";

  private final HttpServer server;
  private final ExecutorService executor;
  private final JpsutilMetrics metrics;
  private final PrometheusMeterRegistry registry;
  private final Consumer<String> warn;

  private PrometheusEndpoint(
      HttpServer server,
      JpsutilMetrics metrics,
      PrometheusMeterRegistry registry,
      Consumer<String> warn) {
    this.server = server;
    this.metrics = metrics;
    this.registry = registry;
    this.warn = warn;
    this.executor =
        Executors.newSingleThreadExecutor(
            r -> {
              Thread t = new Thread(r, "jpsutil-serve-http");
              t.setDaemon(true);
              return t;
            });
  }

  /**
   * Listens on {@code address} and serves {@code registry}.
   *
   * @throws CommandFailure one line saying why it cannot listen (port in use, address not local)
   */
  static PrometheusEndpoint start(
      InetSocketAddress address,
      JpsutilMetrics metrics,
      PrometheusMeterRegistry registry,
      Consumer<String> warn) {
    HttpServer server;
    try {
      server = HttpServer.create(address, 16);
    } catch (BindException e) {
      throw new CommandFailure(
          "cannot listen on " + hostPort(address) + ": " + bindReason(e.getMessage()));
    } catch (IOException e) {
      throw new CommandFailure("cannot listen on " + hostPort(address) + ": " + e.getMessage());
    }
    PrometheusEndpoint endpoint = new PrometheusEndpoint(server, metrics, registry, warn);
    server.createContext("/", endpoint::handle);
    server.setExecutor(endpoint.executor);
    server.start();
    return endpoint;
  }

  /** {@code http://host:port/metrics} of the bound socket (the real port when 0 was asked). */
  String url() {
    return "http://" + hostPort(server.getAddress()) + "/metrics";
  }

  @Override
  public void close() {
    server.stop(0);
    executor.shutdownNow();
  }

  private void handle(HttpExchange ex) throws IOException {
    try {
      String method = ex.getRequestMethod();
      String path = ex.getRequestURI().getPath();
      if (!method.equals("GET") && !method.equals("HEAD")) {
        ex.getResponseHeaders().set("Allow", "GET, HEAD");
        send(ex, 405, "text/plain; charset=utf-8", "method not allowed\n");
      } else if (path.equals("/metrics")) {
        metrics.refreshIfStale();
        send(ex, 200, CONTENT_TYPE, registry.scrape());
      } else if (path.equals("/")) {
        send(ex, 200, "text/plain; charset=utf-8", "jpsutil serve: metrics at /metrics\n");
      } else {
        send(ex, 404, "text/plain; charset=utf-8", "not found; metrics are at /metrics\n");
      }
    } catch (RuntimeException e) {
      warn.accept("scrape failed: " + e);
      send(ex, 500, "text/plain; charset=utf-8", "scrape failed\n");
    } finally {
      ex.close();
    }
  }

  private static void send(HttpExchange ex, int status, String type, String body)
      throws IOException {
    byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
    ex.getResponseHeaders().set("Content-Type", type);
    boolean head = ex.getRequestMethod().equals("HEAD");
    String encodings = ex.getRequestHeaders().getFirst("Accept-Encoding");
    if (!head && encodings != null && encodings.contains("gzip")) {
      // Prometheus asks for gzip; a scrape of a busy host is tens of KiB of text.
      ex.getResponseHeaders().set("Content-Encoding", "gzip");
      ex.sendResponseHeaders(status, 0);
      try (OutputStream out = new GZIPOutputStream(ex.getResponseBody())) {
        out.write(bytes);
      }
      return;
    }
    ex.sendResponseHeaders(status, head ? -1 : bytes.length);
    if (!head) {
      try (OutputStream out = ex.getResponseBody()) {
        out.write(bytes);
      }
    }
  }

  private static String hostPort(InetSocketAddress a) {
    String host = a.getAddress().getHostAddress();
    if (a.getAddress() instanceof Inet6Address) {
      int zone = host.indexOf('%');
      host = "[" + (zone < 0 ? host : host.substring(0, zone)) + "]";
    }
    return host + ":" + a.getPort();
  }

  /** The JDK's bind messages, worded for a user. */
  private static String bindReason(String message) {
    if (message == null) {
      return "cannot bind";
    }
    if (message.contains("Address already in use")) {
      return "the port is already in use";
    }
    if (message.contains("Cannot assign requested address")) {
      return "the address is not one of this machine's";
    }
    return message;
  }
}
