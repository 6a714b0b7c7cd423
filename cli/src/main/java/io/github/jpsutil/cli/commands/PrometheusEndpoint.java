package io.github.jpsutil.cli.commands;

import io.github.jpsutil.cli.CommandFailure;
import io.github.jpsutil.metrics.JpsutilMetrics;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.BindException;
import java.net.Inet6Address;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketException;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.zip.GZIPOutputStream;
import javax.net.ssl.SSLSocket;

/**
 * {@code /metrics} in Prometheus' text format, on a deliberately small HTTP/1.1 server that no
 * client can stall: each connection has its own thread, at most {@link #MAX_CONNECTIONS} at once
 * (beyond that a new connection is refused at once), its request head must arrive within {@link
 * #REQUEST_DEADLINE_MILLIS} and fit {@link HttpRequestHead#MAX_HEAD_BYTES}, and the whole exchange
 * is cut off after {@link #EXCHANGE_DEADLINE_MILLIS} (a client that stops reading cannot hold its
 * thread). One request per connection ({@code Connection: close}). With a web configuration it
 * speaks TLS and asks for HTTP basic authentication on every path, as node_exporter does.
 *
 * <p>Each scrape first lets the binder resample if its sample is stale, so processes that exited
 * are gone from that very scrape; sampling and rendering happen under one lock (scrapes that arrive
 * together share a sample), writing the response does not.
 */
final class PrometheusEndpoint implements AutoCloseable {
  /** The text exposition format 0.0.4, which every Prometheus version reads. */
  static final String CONTENT_TYPE = "text/plain; version=0.0.4; charset=utf-8";

  static final int MAX_CONNECTIONS = 64;
  static final int REQUEST_DEADLINE_MILLIS = 5_000;
  static final int EXCHANGE_DEADLINE_MILLIS = 30_000;

  private static final String TEXT = "text/plain; charset=utf-8";

  private final ServerSocket listener;
  private final WebConfig web;
  private final JpsutilMetrics metrics;
  private final PrometheusMeterRegistry registry;
  private final Consumer<String> warn;
  private final AtomicInteger open = new AtomicInteger();
  private final ExecutorService workers = Executors.newCachedThreadPool(daemon("conn"));
  private final ScheduledExecutorService reaper =
      Executors.newSingleThreadScheduledExecutor(daemon("reaper"));
  private final Object scrapeLock = new Object();
  private final Thread acceptor;

  private PrometheusEndpoint(
      ServerSocket listener,
      WebConfig web,
      JpsutilMetrics metrics,
      PrometheusMeterRegistry registry,
      Consumer<String> warn) {
    this.listener = listener;
    this.web = web;
    this.metrics = metrics;
    this.registry = registry;
    this.warn = warn;
    this.acceptor = daemon("accept").newThread(this::acceptLoop);
  }

  /**
   * Listens on {@code address} and serves {@code registry}, over TLS and with basic authentication
   * when {@code web} says so.
   *
   * @throws CommandFailure one line saying why it cannot listen (port in use, address not local)
   */
  static PrometheusEndpoint start(
      InetSocketAddress address,
      WebConfig web,
      JpsutilMetrics metrics,
      PrometheusMeterRegistry registry,
      Consumer<String> warn) {
    ServerSocket listener;
    try {
      listener = web.serverSocketFactory().createServerSocket();
      listener.setReuseAddress(true);
      listener.bind(address, MAX_CONNECTIONS);
    } catch (BindException e) {
      throw new CommandFailure(
          "cannot listen on " + hostPort(address) + ": " + bindReason(e.getMessage()));
    } catch (IOException e) {
      throw new CommandFailure("cannot listen on " + hostPort(address) + ": " + e.getMessage());
    }
    PrometheusEndpoint endpoint = new PrometheusEndpoint(listener, web, metrics, registry, warn);
    endpoint.acceptor.start();
    return endpoint;
  }

  /** {@code http(s)://host:port/metrics} of the bound socket (the real port when 0 was asked). */
  String url() {
    InetSocketAddress a = (InetSocketAddress) listener.getLocalSocketAddress();
    return (web.tls() ? "https://" : "http://") + hostPort(a) + "/metrics";
  }

  @Override
  public void close() {
    try {
      listener.close();
    } catch (IOException e) {
      // closing: nothing left to do with it
    }
    workers.shutdownNow();
    reaper.shutdownNow();
    // A ServerSocket closed while another thread blocks in accept() releases its port only when
    // that thread wakes and leaves accept (the JDK's NioSocketImpl defers the close): wait for it,
    // so that the port is free once close() returns.
    // Uninterruptibly: serve is stopped by interrupting its thread, which then closes this.
    long deadline = System.nanoTime() + 5_000_000_000L;
    boolean interrupted = false;
    while (Thread.currentThread() != acceptor
        && acceptor.isAlive()
        && System.nanoTime() < deadline) {
      try {
        acceptor.join(Math.max(1, (deadline - System.nanoTime()) / 1_000_000));
      } catch (InterruptedException e) {
        interrupted = true;
      }
    }
    if (interrupted) {
      Thread.currentThread().interrupt();
    }
  }

  private void acceptLoop() {
    while (!listener.isClosed()) {
      Socket socket;
      try {
        socket = listener.accept();
      } catch (IOException e) {
        if (!listener.isClosed()) {
          warn.accept("accept failed: " + e.getMessage());
        }
        continue;
      }
      if (open.incrementAndGet() > MAX_CONNECTIONS) {
        open.decrementAndGet();
        refuse(socket);
        continue;
      }
      ScheduledFuture<?> cutOff =
          reaper.schedule(
              () -> quietClose(socket), EXCHANGE_DEADLINE_MILLIS, TimeUnit.MILLISECONDS);
      try {
        workers.execute(
            () -> {
              try {
                serve(socket);
              } finally {
                cutOff.cancel(false);
                quietClose(socket);
                open.decrementAndGet();
              }
            });
      } catch (RuntimeException shuttingDown) {
        cutOff.cancel(false);
        quietClose(socket);
        open.decrementAndGet();
      }
    }
  }

  /**
   * Too many connections: a plain-HTTP client gets a 503 that fits in the socket buffer (so the
   * write cannot block), a TLS client just a closed connection (answering would need a handshake).
   */
  private void refuse(Socket socket) {
    try (socket) {
      if (!web.tls()) {
        socket.setSoLinger(true, 0);
        OutputStream out = socket.getOutputStream();
        out.write(
            response(503, TEXT, "too many connections\n".getBytes(StandardCharsets.UTF_8), false)
                .toByteArray());
        out.flush();
        socket.setSoLinger(false, 0);
      }
    } catch (IOException e) {
      // the client is gone already
    }
  }

  private void serve(Socket socket) {
    long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(REQUEST_DEADLINE_MILLIS);
    try {
      socket.setSoTimeout(REQUEST_DEADLINE_MILLIS);
      if (socket instanceof SSLSocket tls) {
        tls.startHandshake();
      }
      HttpRequestHead request;
      try {
        request = HttpRequestHead.read(socket, deadline);
      } catch (HttpRequestHead.Rejected e) {
        write(socket, e.status, TEXT, e.getMessage() + "\n", false, false);
        return;
      }
      respond(socket, request);
    } catch (SocketException | javax.net.ssl.SSLException e) {
      // reset, cut off by the exchange deadline, or a failed handshake: nothing to answer
    } catch (IOException e) {
      // timed out or closed early: the connection is simply closed
    }
  }

  private void respond(Socket socket, HttpRequestHead request) throws IOException {
    boolean head = request.method().equals("HEAD");
    boolean gzip = request.headers().getOrDefault("accept-encoding", "").contains("gzip");
    if (!web.authorized(request.headers().get("authorization"))) {
      // The same answer for an unknown user and a wrong password.
      write(socket, 401, TEXT, "unauthorized\n", head, false);
      return;
    }
    if (!head && !request.method().equals("GET")) {
      write(socket, 405, TEXT, "method not allowed\n", false, false);
      return;
    }
    switch (request.path()) {
      case "/metrics" -> {
        String body;
        try {
          body = scrape();
        } catch (RuntimeException e) {
          warn.accept("scrape failed: " + e);
          write(socket, 500, TEXT, "scrape failed\n", head, false);
          return;
        }
        // Prometheus asks for gzip; a scrape of a busy host is tens of KiB of text.
        write(socket, 200, CONTENT_TYPE, body, head, gzip);
      }
      case "/" ->
          write(
              socket,
              200,
              "text/html; charset=utf-8",
              "<!DOCTYPE html><html><head><title>jpsutil serve</title></head><body>"
                  + "<h1>jpsutil serve</h1><p><a href=\"/metrics\">/metrics</a></p></body></html>\n",
              head,
              false);
      default -> write(socket, 404, TEXT, "not found; metrics are at /metrics\n", head, false);
    }
  }

  private String scrape() {
    synchronized (scrapeLock) {
      metrics.refreshIfStale();
      return registry.scrape();
    }
  }

  private void write(
      Socket socket, int status, String type, String body, boolean head, boolean gzip)
      throws IOException {
    byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
    if (gzip) {
      ByteArrayOutputStream zipped = new ByteArrayOutputStream(bytes.length / 4 + 64);
      try (OutputStream z = new GZIPOutputStream(zipped)) {
        z.write(bytes);
      }
      bytes = zipped.toByteArray();
    }
    ByteArrayOutputStream out = response(status, type, bytes, gzip);
    if (status == 401) {
      insertHeader(out, "WWW-Authenticate: Basic realm=\"jpsutil\"\r\n");
    }
    if (status == 405) {
      insertHeader(out, "Allow: GET, HEAD\r\n");
    }
    if (!head) {
      out.write(bytes);
    }
    OutputStream os = socket.getOutputStream();
    out.writeTo(os);
    os.flush();
    if (!(socket instanceof SSLSocket)) {
      drain(socket);
    }
  }

  /**
   * Ends the response with a FIN, then reads and discards what the client still sends (a body, the
   * rest of an oversized head) for a moment: closing a socket with unread input makes Linux send a
   * reset, which can destroy the response before the client has read it (RFC 9112 section 9.6).
   */
  private static void drain(Socket socket) throws IOException {
    socket.shutdownOutput();
    socket.setSoTimeout(500);
    InputStream in = socket.getInputStream();
    byte[] sink = new byte[8192];
    long limit = 64 * 1024;
    for (int n; limit > 0 && (n = in.read(sink)) >= 0; ) {
      limit -= n;
    }
  }

  /** The status line and headers (ending in the empty line) for a body of {@code body} bytes. */
  private static ByteArrayOutputStream response(
      int status, String type, byte[] body, boolean gzip) {
    StringBuilder h = new StringBuilder(256);
    h.append("HTTP/1.1 ").append(status).append(' ').append(reason(status)).append("\r\n");
    h.append("Content-Type: ").append(type).append("\r\n");
    h.append("Content-Length: ").append(body.length).append("\r\n");
    if (gzip) {
      h.append("Content-Encoding: gzip\r\n");
    }
    h.append("Connection: close\r\n\r\n");
    ByteArrayOutputStream out = new ByteArrayOutputStream(h.length() + body.length);
    out.writeBytes(h.toString().getBytes(StandardCharsets.US_ASCII));
    return out;
  }

  /** Adds a header line just before the empty line that ends {@code out}'s headers. */
  private static void insertHeader(ByteArrayOutputStream out, String line) {
    byte[] all = out.toByteArray();
    out.reset();
    out.write(all, 0, all.length - 2);
    out.writeBytes(line.getBytes(StandardCharsets.US_ASCII));
    out.writeBytes("\r\n".getBytes(StandardCharsets.US_ASCII));
  }

  private static String reason(int status) {
    return switch (status) {
      case 200 -> "OK";
      case 400 -> "Bad Request";
      case 401 -> "Unauthorized";
      case 404 -> "Not Found";
      case 405 -> "Method Not Allowed";
      case 431 -> "Request Header Fields Too Large";
      case 500 -> "Internal Server Error";
      case 503 -> "Service Unavailable";
      case 505 -> "HTTP Version Not Supported";
      default -> "Status";
    };
  }

  private static void quietClose(Socket socket) {
    try {
      socket.close();
    } catch (IOException e) {
      // already closed or reset: the goal is reached
    }
  }

  private static java.util.concurrent.ThreadFactory daemon(String role) {
    AtomicInteger n = new AtomicInteger();
    return r -> {
      Thread t = new Thread(r, "jpsutil-serve-" + role + "-" + n.incrementAndGet());
      t.setDaemon(true);
      return t;
    };
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
