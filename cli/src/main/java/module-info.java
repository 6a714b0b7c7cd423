/** The {@code jpsutil} command-line tools, after psutil's example scripts. */
module io.github.jpsutil.cli {
  requires io.github.jpsutil;
  // serve: the meters, Prometheus' registry on the JDK's HTTP server, or OTLP.
  requires io.github.jpsutil.metrics;
  requires micrometer.registry.prometheus;
  requires micrometer.registry.otlp;
  requires jdk.httpserver;
}
