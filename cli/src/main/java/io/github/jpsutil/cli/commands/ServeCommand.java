package io.github.jpsutil.cli.commands;

import io.github.jpsutil.cli.Command;
import io.github.jpsutil.cli.Invocation;
import io.github.jpsutil.cli.OptionSpec;
import io.github.jpsutil.metrics.JpsutilMetrics;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import io.micrometer.registry.otlp.OtlpMeterRegistry;
import java.net.InetSocketAddress;
import java.net.URI;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;

/**
 * {@code jpsutil serve}: a metrics agent. By default it serves {@code /metrics} in Prometheus' text
 * format on 127.0.0.1:9464 (the port OpenTelemetry's Prometheus exporter uses); with {@code --otlp
 * URL} it pushes to an OTLP/HTTP endpoint every interval instead. The meters are {@link
 * JpsutilMetrics}': OpenTelemetry's system metrics, plus per-process metrics for the processes the
 * selection options name. Runs until stopped (Ctrl-C, or interruption when run in-process).
 *
 * <p>It prints one line saying where the metrics are ({@code --json}: {@code {"metrics_url": …}} or
 * {@code {"otlp_url": …, "step_seconds": …}}). A port in use, an address not on this machine, a bad
 * pattern or option is one line on stderr and a non-zero exit.
 */
final class ServeCommand implements Command {
  @Override
  public String name() {
    return "serve";
  }

  @Override
  public String summary() {
    return "export metrics for Prometheus (/metrics) or push them over OTLP";
  }

  @Override
  public List<OptionSpec> options() {
    return ServeOptions.ALL;
  }

  @Override
  public int run(Invocation inv) throws InterruptedException {
    ServeOptions o = ServeOptions.parse(inv);
    // Read and check the web configuration before anything is sampled or bound.
    WebConfig web = o.webConfig().map(WebConfigFile::load).orElse(WebConfig.NONE);
    JpsutilMetrics metrics =
        JpsutilMetrics.builder()
            .psutil(inv.psutil())
            .groups(o.groups())
            .processes(o.processes())
            // Scrapes closer than half the interval share a sample; one per scrape otherwise.
            .maxSampleAge(o.interval().dividedBy(2))
            .build();
    try (metrics) {
      if (o.otlp().isPresent()) {
        push(inv, metrics, o.otlp().get(), o.interval());
      } else {
        serve(inv, metrics, new InetSocketAddress(o.address(), o.port()), web);
      }
    }
    // Stopped by an interrupt: re-assert it now that the cleanup (which waits for the last OTLP
    // push) is done.
    Thread.currentThread().interrupt();
    return 0;
  }

  private void serve(
      Invocation inv, JpsutilMetrics metrics, InetSocketAddress address, WebConfig web) {
    PrometheusMeterRegistry registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
    metrics.bindTo(registry);
    try (PrometheusEndpoint endpoint =
        PrometheusEndpoint.start(address, web, metrics, registry, inv::warn)) {
      if (!web.tls() && !address.getAddress().isLoopbackAddress()) {
        inv.warn(
            "warning: serving on "
                + address.getAddress().getHostAddress()
                + " without TLS: metrics"
                + (web.users().isEmpty() ? "" : " and passwords")
                + " cross the network in clear text (--web.config.file sets up TLS)");
      }
      announce(inv, Map.of("metrics_url", endpoint.url()), "metrics at " + endpoint.url());
      untilInterrupted();
    } finally {
      registry.close();
    }
  }

  private void push(Invocation inv, JpsutilMetrics metrics, URI url, Duration step) {
    OtlpMeterRegistry registry = OtlpPush.registry(url, step);
    metrics.bindTo(registry);
    // On Ctrl-C, push what the last step gathered before the JVM exits.
    Thread flush = new Thread(registry::close, "jpsutil-serve-otlp-flush");
    Runtime.getRuntime().addShutdownHook(flush);
    try {
      Map<String, Object> json = new LinkedHashMap<>();
      json.put("otlp_url", url.toString());
      json.put("step_seconds", step.toMillis() / 1000.0);
      announce(inv, json, "pushing to " + url + " every " + step.toMillis() / 1000.0 + " s");
      untilInterrupted();
    } finally {
      Runtime.getRuntime().removeShutdownHook(flush);
      registry.close();
    }
  }

  private static void announce(Invocation inv, Map<String, Object> json, String text) {
    if (inv.json()) {
      inv.printJson(json);
    } else {
      inv.out().println("jpsutil serve: " + text + " (Ctrl-C to stop)");
    }
    inv.out().flush();
  }

  /**
   * Blocks until the thread is interrupted, the way an in-process server stops (on the command line
   * Ctrl-C ends the JVM instead). Clears the interrupt so that the cleanup can wait; {@link #run}
   * re-asserts it.
   */
  private static void untilInterrupted() {
    try {
      new CountDownLatch(1).await();
    } catch (InterruptedException stop) {
      // fall through to the cleanup
    }
  }
}
