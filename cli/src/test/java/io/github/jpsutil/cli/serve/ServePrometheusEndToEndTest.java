package io.github.jpsutil.cli.serve;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.github.jpsutil.cli.serve.PrometheusServer.Sample;
import io.github.jpsutil.cli.testing.ProcFacts;
import io.github.jpsutil.cli.testing.ServeRun;
import java.io.IOException;
import java.net.ConnectException;
import java.net.InetAddress;
import java.net.Socket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code jpsutil serve} scraped by a real Prometheus server (Debian's {@code prometheus} package;
 * the test is skipped when the binary is absent): both on free loopback ports, Prometheus scraping
 * every second, then Prometheus' HTTP API queried for memory, CPU and process-count series and
 * compared with /proc. Both are stopped and their files removed at the end.
 */
@EnabledOnOs(OS.LINUX)
class ServePrometheusEndToEndTest {
  private static final double MIB = 1024 * 1024;

  @Test
  @Timeout(60)
  void prometheusScrapesServeAndItsSeriesMatchProc(@TempDir Path dir) throws Exception {
    Optional<Path> binary = PrometheusServer.binary();
    Assumptions.assumeTrue(binary.isPresent(), "no prometheus binary (apt-get install prometheus)");
    URI metrics;
    try (ServeRun serve = ServeRun.start("--port", "0", "--interval", "1", "--self")) {
      metrics = URI.create((String) serve.announcement().get("metrics_url"));
      assertThat(metrics.getHost()).isEqualTo("127.0.0.1");
      String target = metrics.getHost() + ":" + metrics.getPort();
      try (PrometheusServer prometheus = PrometheusServer.start(binary.get(), dir, target, 1)) {
        // The target is up once a scrape succeeded.
        assertThat(prometheus.waitForValue("up{job=\"jpsutil\"}", 30)).isEqualTo(1.0);

        // Memory: the limit is MemTotal exactly; used is MemTotal - MemAvailable of at most one
        // scrape (1 s) ago: 128 MiB, or 0.05 of the total.
        double limit = prometheus.waitForValue("system_memory_limit_bytes", 10);
        assertThat(limit).isEqualTo(ProcFacts.meminfoBytes("MemTotal"));
        assertWithinOnSomeScrape(
            prometheus,
            "system_memory_usage_bytes{state=\"used\"}",
            ServePrometheusEndToEndTest::procUsedMemory,
            128 * MIB);
        assertWithinOnSomeScrape(
            prometheus,
            "system_memory_utilization{state=\"used\"}",
            () -> procUsedMemory() / limit,
            0.05);

        // CPU: one utilization series per online CPU and state; each CPU's states add up to 1.
        List<Sample> perCpu = prometheus.query("sum by (cpu) (system_cpu_utilization)");
        assertThat(perCpu).hasSize(ProcFacts.onlineCpus());
        for (Sample s : perCpu) {
          assertThat(s.value()).as("%s", s.labels()).isCloseTo(1.0, within(1e-6));
        }
        // CPU time is a counter: over the last seconds every CPU accrued one second per second
        // in some state (20% slack for scrape timing).
        double rate = waitForRate(prometheus, "sum(rate(system_cpu_time_seconds_total[5s]))");
        assertThat(rate).isCloseTo(ProcFacts.onlineCpus(), within(0.2 * ProcFacts.onlineCpus()));
        // And its total is /proc/stat's, at most a scrape (plus query) behind: 3 s per CPU.
        double total = prometheus.waitForValue("sum(system_cpu_time_seconds_total)", 10);
        assertThat(procStatSeconds() - total).isBetween(-0.1, 3.0 * ProcFacts.onlineCpus());

        // Processes: the count over all statuses is the number of /proc/<pid> directories (5% or
        // 20 for processes starting and exiting between the scrape and our count; a build on the
        // same machine forks busily, hence the retries below).
        double procDirs = procPidDirs();
        assertWithinOnSomeScrape(
            prometheus,
            "sum(system_process_count)",
            ServePrometheusEndToEndTest::procPidDirs,
            Math.max(20.0, procDirs * 0.05));

        // --self: this JVM (serve runs in-process) has its per-process series.
        String pid = Long.toString(ProcessHandle.current().pid());
        double rss =
            prometheus.waitForValue("process_memory_usage_bytes{process_pid=\"" + pid + "\"}", 10);
        assertThat(rss).isCloseTo(selfRss(), within(128 * MIB));
      }
      assertThat(serve.stop()).isZero();
      assertThat(serve.errLines()).isEmpty();
    }
    // Stopped: nothing listens on serve's port any more.
    assertThatThrownBy(
            () -> new Socket(InetAddress.getLoopbackAddress(), metrics.getPort()).close())
        .isInstanceOf(ConnectException.class);
  }

  @Test
  @Timeout(90)
  void prometheusScrapesServeOverTlsWithBasicAuth(@TempDir Path dir) throws Exception {
    Optional<Path> binary = PrometheusServer.binary();
    Assumptions.assumeTrue(binary.isPresent(), "no prometheus binary (apt-get install prometheus)");
    TestCertificates certs = TestCertificates.make(dir);
    Path webConfig = certs.webConfig(dir);
    try (ServeRun serve =
        ServeRun.start(
            "--port", "0", "--interval", "1", "--web.config.file", webConfig.toString())) {
      URI metrics = URI.create((String) serve.announcement().get("metrics_url"));
      assertThat(metrics.getScheme()).isEqualTo("https");
      String target = metrics.getHost() + ":" + metrics.getPort();
      try (PrometheusServer prometheus =
          PrometheusServer.start(binary.get(), dir, target, 1, certs)) {
        // up is 1 only after a scrape that completed the TLS handshake (the certificate checked
        // against the test CA and 127.0.0.1) and passed basic authentication.
        assertThat(prometheus.waitForValue("up{job=\"jpsutil\"}", 30)).isEqualTo(1.0);
        assertThat(prometheus.waitForValue("system_memory_limit_bytes", 10))
            .isEqualTo(ProcFacts.meminfoBytes("MemTotal"));
      }
      assertThat(serve.stop()).isZero();
      assertThat(serve.errLines()).isEmpty();
    }
  }

  /** A /proc figure, read in the moment. */
  @FunctionalInterface
  interface ProcReading {
    double read() throws IOException;
  }

  /**
   * {@code promql}'s value lies within {@code tolerance} of /proc's, read just before and just
   * after the query (the scrape is at most a second older). Other programs' churn can push one
   * comparison out, so up to five scrapes are tried, one second apart; a systematic error still
   * fails all five.
   */
  private static void assertWithinOnSomeScrape(
      PrometheusServer p, String promql, ProcReading proc, double tolerance)
      throws IOException, InterruptedException {
    String last = null;
    for (int attempt = 0; attempt < 5; attempt++) {
      double before = proc.read();
      double value = p.waitForValue(promql, 10);
      double after = proc.read();
      double low = Math.min(before, after) - tolerance;
      double high = Math.max(before, after) + tolerance;
      if (value >= low && value <= high) {
        return;
      }
      last = promql + " = " + value + ", /proc said " + before + " then " + after;
      Thread.sleep(1000);
    }
    throw new AssertionError(last + " (tolerance " + tolerance + ", five scrapes)");
  }

  private static double procUsedMemory() {
    return ProcFacts.meminfoBytes("MemTotal") - ProcFacts.meminfoBytes("MemAvailable");
  }

  /**
   * A rate over a window the series fully covers: until then Prometheus divides a partial increase
   * by the whole window and under-reports. Waits for five scrapes in the last five seconds.
   */
  private static double waitForRate(PrometheusServer p, String promql)
      throws IOException, InterruptedException {
    long deadline = System.nanoTime() + 20_000_000_000L;
    while (System.nanoTime() < deadline) {
      List<Sample> n = p.query("count_over_time(up{job=\"jpsutil\"}[5s])");
      if (n.size() == 1 && n.get(0).value() >= 5) {
        return p.waitForValue(promql, 5);
      }
      Thread.sleep(250);
    }
    throw new AssertionError("fewer than five scrapes in 5 s after 20 s; log: " + p.log());
  }

  /** Seconds of all CPUs in the states the meters publish (guest is inside user, as jpsutil). */
  private static double procStatSeconds() throws IOException {
    String cpu = Files.readAllLines(Path.of("/proc/stat")).get(0);
    String[] f = cpu.trim().split("\\s+");
    long ticks = 0;
    // user nice system idle iowait irq softirq steal (man 5 proc, fields 1-8; 9-10 are guest)
    for (int i = 1; i <= 8; i++) {
      ticks += Long.parseLong(f[i]);
    }
    return ticks / 100.0; // USER_HZ is 100 on Linux
  }

  /** VmRSS of /proc/self/status in bytes. */
  private static double selfRss() throws IOException {
    for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
      if (line.startsWith("VmRSS:")) {
        return Long.parseLong(line.substring(6).replace("kB", "").strip()) * 1024.0;
      }
    }
    throw new AssertionError("no VmRSS in /proc/self/status");
  }

  private static double procPidDirs() throws IOException {
    try (Stream<Path> s = Files.list(Path.of("/proc"))) {
      return s.filter(p -> p.getFileName().toString().matches("\\d+")).count();
    }
  }
}
