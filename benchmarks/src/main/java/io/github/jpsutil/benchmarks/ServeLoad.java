package io.github.jpsutil.benchmarks;

import java.io.IOException;
import java.io.InputStream;
import java.net.HttpURLConnection;
import java.net.URI;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A bounded loopback load test of a running {@code jpsutil serve}: N scrapers fetch {@code
 * /metrics} as fast as they can for a fixed time, then it prints scrapes per second, p50/p99
 * latency, errors, and the agent's RSS and thread count (from {@code /proc/PID/status}) before and
 * after.
 *
 * <pre>
 * ./jpsutil serve --port 19464 &amp;
 * java -cp benchmarks/target/classes io.github.jpsutil.benchmarks.ServeLoad \
 *     http://127.0.0.1:19464/metrics $! 8 10
 * </pre>
 */
public final class ServeLoad {
  private ServeLoad() {}

  public static void main(String[] args) throws Exception {
    if (args.length != 4) {
      throw new IllegalArgumentException("usage: ServeLoad URL AGENT_PID CLIENTS SECONDS");
    }
    URL url = URI.create(args[0]).toURL();
    if (!url.getHost().equals("127.0.0.1") && !url.getHost().equals("[::1]")) {
      throw new IllegalArgumentException("loopback only: the URL's host must be 127.0.0.1 or ::1");
    }
    long pid = Long.parseLong(args[1]);
    int clients = Integer.parseInt(args[2]);
    int seconds = Integer.parseInt(args[3]);
    if (clients < 1 || clients > 256 || seconds < 1 || seconds > 300) {
      throw new IllegalArgumentException("1..256 clients for 1..300 seconds");
    }
    String before = status(pid);
    long deadline = System.nanoTime() + seconds * 1_000_000_000L;
    AtomicLong errors = new AtomicLong();
    long[][] perClient = new long[clients][];
    List<Thread> threads = new ArrayList<>();
    long start = System.nanoTime();
    for (int i = 0; i < clients; i++) {
      int index = i;
      Thread t =
          new Thread(() -> perClient[index] = scrapeUntil(url, deadline, errors), "scraper-" + i);
      threads.add(t);
      t.start();
    }
    for (Thread t : threads) {
      t.join();
    }
    double elapsed = (System.nanoTime() - start) / 1e9;
    long[] all = Arrays.stream(perClient).flatMapToLong(Arrays::stream).sorted().toArray();
    String after = status(pid);
    System.out.printf(
        "clients %d, %.1f s: %d scrapes (%.0f/s), p50 %.1f ms, p99 %.1f ms, max %.1f ms,"
            + " errors %d%n",
        clients,
        elapsed,
        all.length,
        all.length / elapsed,
        percentile(all, 0.50) / 1e6,
        percentile(all, 0.99) / 1e6,
        all.length == 0 ? 0 : all[all.length - 1] / 1e6,
        errors.get());
    System.out.println("agent before: " + before);
    System.out.println("agent after:  " + after);
  }

  /** Latencies in nanoseconds of the successful scrapes until {@code deadline}. */
  private static long[] scrapeUntil(URL url, long deadline, AtomicLong errors) {
    long[] latencies = new long[1024];
    int n = 0;
    byte[] sink = new byte[16384];
    while (System.nanoTime() < deadline) {
      long t0 = System.nanoTime();
      try {
        HttpURLConnection c = (HttpURLConnection) url.openConnection();
        c.setConnectTimeout(5000);
        c.setReadTimeout(5000);
        c.setRequestProperty("Accept-Encoding", "gzip"); // as Prometheus asks
        if (c.getResponseCode() != 200) {
          errors.incrementAndGet();
          c.disconnect();
          continue;
        }
        try (InputStream in = c.getInputStream()) {
          while (in.read(sink) >= 0) {
            // drain the body: the latency includes receiving it
          }
        }
        c.disconnect();
      } catch (IOException e) {
        errors.incrementAndGet();
        continue;
      }
      if (n == latencies.length) {
        latencies = Arrays.copyOf(latencies, n * 2);
      }
      latencies[n++] = System.nanoTime() - t0;
    }
    return Arrays.copyOf(latencies, n);
  }

  private static double percentile(long[] sorted, double q) {
    if (sorted.length == 0) {
      return 0;
    }
    return sorted[(int) Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)];
  }

  /** VmRSS and Threads of {@code /proc/PID/status} (proc(5)). */
  private static String status(long pid) throws IOException {
    String rss = "?";
    String threads = "?";
    for (String line : Files.readAllLines(Path.of("/proc/" + pid + "/status"))) {
      if (line.startsWith("VmRSS:")) {
        rss = line.substring(6).strip();
      } else if (line.startsWith("Threads:")) {
        threads = line.substring(8).strip();
      }
    }
    return "RSS " + rss + ", threads " + threads;
  }
}
