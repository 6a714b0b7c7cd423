package io.github.jpsutil.cli.commands;

import io.github.jpsutil.cli.Invocation;
import io.github.jpsutil.cli.OptionSpec;
import io.github.jpsutil.cli.UsageException;
import io.github.jpsutil.metrics.MetricGroup;
import io.github.jpsutil.metrics.ProcessSelection;
import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * The options of {@code jpsutil serve}, checked before anything is read or bound: every mistake is
 * a {@link UsageException} naming the option.
 *
 * @param address where the HTTP endpoint listens
 * @param port its port; 0 picks a free one
 * @param interval the scrape interval (Prometheus) or push step (OTLP)
 * @param groups the metric families to publish
 * @param processes which processes get per-process meters
 * @param otlp the OTLP/HTTP metrics endpoint to push to instead of serving, if given
 * @param webConfig the exporter-toolkit web configuration file (TLS, basic auth), if given
 */
record ServeOptions(
    InetAddress address,
    int port,
    Duration interval,
    Set<MetricGroup> groups,
    ProcessSelection processes,
    Optional<URI> otlp,
    Optional<Path> webConfig) {
  static final OptionSpec ADDRESS =
      new OptionSpec("--address", null, "ADDR", "address to listen on (default 127.0.0.1)");
  static final OptionSpec PORT =
      new OptionSpec(
          "--port", "-p", "PORT", "port to listen on, 0 for any free one (default 9464)");
  static final OptionSpec INTERVAL =
      new OptionSpec(
          "--interval",
          "-i",
          "SECS",
          "Prometheus' scrape interval, or the OTLP push step (default 15); scrapes less than"
              + " half of it apart share one sample");
  static final OptionSpec OTLP =
      new OptionSpec(
          "--otlp",
          null,
          "URL",
          "push to this OTLP/HTTP endpoint instead of serving (/v1/metrics added to a bare host)");
  static final OptionSpec WEB_CONFIG =
      new OptionSpec(
          "--web.config.file",
          null,
          "FILE",
          "TLS and basic authentication from this Prometheus exporter-toolkit web config (YAML)");
  static final OptionSpec SELF =
      OptionSpec.flag("--self", null, "per-process meters for this agent's own JVM");
  static final OptionSpec PIDS =
      new OptionSpec("--pid", null, "PIDS", "per-process meters for these pids (comma-separated)");
  static final OptionSpec NAME =
      new OptionSpec(
          "--name", null, "REGEX", "per-process meters for processes whose name matches REGEX");
  static final OptionSpec CMDLINE =
      new OptionSpec(
          "--cmdline",
          null,
          "REGEX",
          "per-process meters for processes whose command line matches REGEX");
  static final OptionSpec TOP_CPU =
      new OptionSpec(
          "--top-cpu", null, "N", "per-process meters for the N processes using the most CPU");
  static final OptionSpec TOP_MEMORY =
      new OptionSpec(
          "--top-memory", null, "N", "per-process meters for the N processes with the most memory");
  static final OptionSpec MAX_PROCESSES =
      new OptionSpec("--max-processes", null, "N", "at most N processes get meters (default 100)");
  static final OptionSpec WITHOUT =
      new OptionSpec(
          "--without",
          null,
          "GROUPS",
          "leave out metric families: cpu, memory, paging, disk, filesystem, network,"
              + " connections, process-count, uptime, temperature (comma-separated)");

  static final List<OptionSpec> ALL =
      List.of(
          ADDRESS,
          PORT,
          INTERVAL,
          OTLP,
          WEB_CONFIG,
          SELF,
          PIDS,
          NAME,
          CMDLINE,
          TOP_CPU,
          TOP_MEMORY,
          MAX_PROCESSES,
          WITHOUT,
          OptionSpec.JSON);

  static final int DEFAULT_PORT = 9464;

  /**
   * The options of {@code inv}.
   *
   * @throws UsageException naming the option at fault
   */
  static ServeOptions parse(Invocation inv) {
    int port = integer(inv, PORT, DEFAULT_PORT, 0, 65535);
    double seconds = inv.seconds(INTERVAL, 15, 0.1, 3600);
    Duration interval = Duration.ofNanos(Math.round(seconds * 1e9));
    Optional<URI> otlp = inv.value(OTLP).map(ServeOptions::otlpUrl);
    if (otlp.isPresent()
        && (inv.value(ADDRESS).isPresent()
            || inv.value(PORT).isPresent()
            || inv.value(WEB_CONFIG).isPresent())) {
      throw new UsageException(
          "serve: --address, --port and --web.config.file are for the Prometheus endpoint;"
              + " --otlp pushes instead");
    }
    Optional<Path> webConfig = inv.value(WEB_CONFIG).map(Path::of);
    return new ServeOptions(
        address(inv.value(ADDRESS).orElse("127.0.0.1")),
        port,
        interval,
        groups(inv.value(WITHOUT)),
        processes(inv),
        otlp,
        webConfig);
  }

  private static ProcessSelection processes(Invocation inv) {
    ProcessSelection.Builder b = ProcessSelection.builder();
    try {
      if (inv.flag(SELF)) {
        b.self();
      }
      Optional<String> pids = inv.value(PIDS);
      if (pids.isPresent()) {
        List<Integer> list = new ArrayList<>();
        for (String pid : pids.get().split(",", -1)) {
          list.add(parseInt(PIDS, pid.strip(), 0, Integer.MAX_VALUE));
        }
        b.pids(list);
      }
      inv.value(NAME).ifPresent(b::nameMatching);
      inv.value(CMDLINE).ifPresent(b::cmdlineMatching);
      b.topByCpu(integer(inv, TOP_CPU, 0, 0, ProcessSelection.MAX_LIMIT));
      b.topByMemory(integer(inv, TOP_MEMORY, 0, 0, ProcessSelection.MAX_LIMIT));
      b.limit(
          integer(
              inv, MAX_PROCESSES, ProcessSelection.DEFAULT_LIMIT, 1, ProcessSelection.MAX_LIMIT));
    } catch (IllegalArgumentException e) {
      // A bad regex: ProcessSelection's message names the pattern and the error.
      throw new UsageException("serve: " + e.getMessage());
    }
    return b.build();
  }

  private static Set<MetricGroup> groups(Optional<String> without) {
    Set<MetricGroup> groups = EnumSet.allOf(MetricGroup.class);
    if (without.isEmpty()) {
      return groups;
    }
    for (String name : without.get().split(",", -1)) {
      MetricGroup g = group(name.strip());
      groups.remove(g);
    }
    return groups;
  }

  private static MetricGroup group(String name) {
    for (MetricGroup g : MetricGroup.values()) {
      if (g.name().toLowerCase(Locale.ROOT).replace('_', '-').equals(name)) {
        return g;
      }
    }
    throw new UsageException(
        "serve: --without: unknown metric family '"
            + name
            + "' (cpu, memory, paging, disk, filesystem, network, connections, process-count,"
            + " uptime, temperature)");
  }

  /** An IP literal or a host name; a name that does not resolve is a usage error. */
  private static InetAddress address(String text) {
    if (text.isBlank()) {
      throw new UsageException("serve: --address must not be empty");
    }
    try {
      return InetAddress.getByName(text);
    } catch (UnknownHostException e) {
      throw new UsageException("serve: --address: cannot resolve '" + text + "'");
    }
  }

  /**
   * The OTLP/HTTP metrics URL: an http(s) URL; a bare {@code http://host:4318} gets the signal path
   * {@code /v1/metrics}, as OTEL_EXPORTER_OTLP_ENDPOINT does.
   */
  static URI otlpUrl(String text) {
    URI uri;
    try {
      uri = new URI(text);
    } catch (URISyntaxException e) {
      throw new UsageException("serve: --otlp: not a URL: '" + text + "'");
    }
    String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
    if (!(scheme.equals("http") || scheme.equals("https")) || uri.getHost() == null) {
      throw new UsageException(
          "serve: --otlp must be an http:// or https:// URL with a host, got '" + text + "'");
    }
    String path = uri.getRawPath();
    if (path == null || path.isEmpty() || path.equals("/")) {
      return uri.resolve("/v1/metrics");
    }
    return uri;
  }

  private static int integer(Invocation inv, OptionSpec option, int dflt, int min, int max) {
    Optional<String> text = inv.value(option);
    return text.isEmpty() ? dflt : parseInt(option, text.get(), min, max);
  }

  private static int parseInt(OptionSpec option, String text, int min, int max) {
    boolean digits =
        !text.isEmpty() && text.length() <= 10 && text.chars().allMatch(Character::isDigit);
    long v = digits ? Long.parseLong(text) : -1;
    if (!digits || v < min || v > max) {
      throw new UsageException(
          "serve: "
              + option.name()
              + " must be a whole number within "
              + min
              + ".."
              + max
              + ", got '"
              + text
              + "'");
    }
    return (int) v;
  }
}
