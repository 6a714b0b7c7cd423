package io.github.jpsutil.metrics;

import io.github.jpsutil.Psutil;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import java.lang.System.Logger.Level;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * A Micrometer {@link MeterBinder} publishing jpsutil's system data under the OpenTelemetry
 * semantic-convention names ({@code system.cpu.time}, {@code system.memory.usage}, … see {@link
 * MetricGroup}) and, for a chosen few processes, the process metrics ({@code process.cpu.time},
 * {@code process.memory.usage}, … see {@link ProcessSelection}).
 *
 * <pre>{@code
 * JpsutilMetrics.builder()
 *     .processes(ProcessSelection.builder().self().topByCpu(5).build())
 *     .build()
 *     .bindTo(registry);
 * }</pre>
 *
 * <p><b>Sampling.</b> Meters do not call jpsutil one by one: a refresh reads every family once (one
 * {@code perCpuTimes()}, one {@code processIter}, …) and the meters read that sample. A meter read
 * refreshes first when the sample is older than {@link Builder#maxSampleAge(Duration)} (default 1
 * s), so one Prometheus scrape or one OTLP push costs one refresh. Utilizations ({@code
 * system.cpu.utilization}, {@code process.cpu.utilization}) are the change between two consecutive
 * samples, i.e. between scrapes, never lifetime averages; the first sample is taken at {@link
 * #bindTo}.
 *
 * <p>Things that come and go (disks, interfaces, mounts, sensors, selected processes) get meters
 * when they appear and lose them at the first refresh after they are gone. Call {@link
 * #refreshIfStale()} right before a scrape (as {@code jpsutil serve} does) for those changes to
 * show in that very scrape; otherwise they show from the next one.
 *
 * <p>A family whose reading fails is logged once (System.Logger {@code
 * io.github.jpsutil.metrics.JpsutilMetrics}) and its meters read NaN until a refresh succeeds: an
 * unreadable value is never reported as 0 or as the previous value. Thread-safe.
 */
public final class JpsutilMetrics implements MeterBinder, AutoCloseable {
  /** How old a sample may be before a meter read refreshes it, unless configured. */
  public static final Duration DEFAULT_MAX_SAMPLE_AGE = Duration.ofSeconds(1);

  private static final System.Logger LOG = System.getLogger(JpsutilMetrics.class.getName());

  private final Object lock = new Object();
  private final long maxAgeNanos;
  private final Set<MetricGroup> activeGroups;
  private final ProcessSelection selection;
  private final MeterSink sink;
  private final List<Group<?>> groups = new ArrayList<>();
  private final Set<String> failing = new HashSet<>();
  private volatile long sampledAt;
  private volatile boolean sampled;
  private boolean closed;

  private JpsutilMetrics(Builder b) {
    Psutil p = b.psutil != null ? b.psutil : Psutil.builder().build();
    this.maxAgeNanos = b.maxSampleAge.toNanos();
    this.selection = b.processes;
    this.sink = new MeterSink(this::refreshIfStale);
    Set<MetricGroup> active = EnumSet.noneOf(MetricGroup.class);
    for (MetricGroup g : b.groups) {
      // Processes are counted by the process scan, which per-process meters share (below).
      Group<?> group = g == MetricGroup.PROCESS_COUNT ? null : create(g, p);
      if (group != null) {
        groups.add(group);
        active.add(g);
      } else if (g == MetricGroup.PROCESS_COUNT
          && ProcessGroup.supported(p, true, ProcessSelection.none())) {
        active.add(g);
      } else {
        LOG.log(Level.DEBUG, "jpsutil metrics: " + g + " is not available on " + p.os());
      }
    }
    boolean counting = active.contains(MetricGroup.PROCESS_COUNT);
    if (!selection.isEmpty() && !ProcessGroup.supported(p, false, selection)) {
      throw new UnsupportedOperationException("per-process metrics are not available on " + p.os());
    }
    if (counting || !selection.isEmpty()) {
      groups.add(new ProcessGroup(p, sink, counting, selection));
    }
    this.activeGroups = Set.copyOf(active);
  }

  /** {@return a binder with every family, no per-process meters, over its own {@link Psutil}} */
  public static JpsutilMetrics system() {
    return builder().build();
  }

  /** {@return a builder with every family, no processes and a 1 s sample age} */
  public static Builder builder() {
    return new Builder();
  }

  private Group<?> create(MetricGroup g, Psutil p) {
    return switch (g) {
      case CPU -> CpuGroup.supported(p) ? new CpuGroup(p, sink) : null;
      case MEMORY -> MemoryGroup.supported(p) ? new MemoryGroup(p, sink) : null;
      case PAGING -> PagingGroup.supported(p) ? new PagingGroup(p, sink) : null;
      case DISK -> DiskGroup.supported(p) ? new DiskGroup(p, sink) : null;
      case FILESYSTEM -> FilesystemGroup.supported(p) ? new FilesystemGroup(p, sink) : null;
      case NETWORK -> NetworkGroup.supported(p) ? new NetworkGroup(p, sink) : null;
      case CONNECTIONS -> ConnectionGroup.supported(p) ? new ConnectionGroup(p, sink) : null;
      case UPTIME -> UptimeGroup.supported(p) ? new UptimeGroup(p, sink) : null;
      case TEMPERATURE -> TemperatureGroup.supported(p) ? new TemperatureGroup(p, sink) : null;
      case CONTAINER -> ContainerGroup.supported(p) ? new ContainerGroup(p, sink) : null;
      case PROCESS_COUNT -> throw new IllegalArgumentException("made by ProcessGroup");
    };
  }

  /**
   * Registers the meters in {@code registry} (and keeps them in step with every later refresh). The
   * first call takes the first sample. May be called for several registries.
   *
   * @throws IllegalStateException after {@link #close()}
   */
  @Override
  public void bindTo(MeterRegistry registry) {
    Objects.requireNonNull(registry, "registry");
    synchronized (lock) {
      if (closed) {
        throw new IllegalStateException("JpsutilMetrics is closed");
      }
      if (!sampled) {
        refreshLocked();
      }
      sink.bind(registry);
    }
  }

  /**
   * Takes a new sample now: reads every family once and adds or removes meters for what appeared or
   * disappeared. Failures are logged, not thrown (see the class comment).
   */
  public void refresh() {
    synchronized (lock) {
      if (!closed) {
        refreshLocked();
      }
    }
  }

  /** Removes every meter from every registry it was bound to. */
  @Override
  public void close() {
    synchronized (lock) {
      closed = true;
      sink.close();
    }
  }

  /** {@return the system families this binder publishes: those asked for that the platform has} */
  public Set<MetricGroup> groups() {
    return activeGroups;
  }

  /** {@return the processes that get per-process meters} */
  public ProcessSelection processSelection() {
    return selection;
  }

  /**
   * Refreshes when the sample is older than {@link Builder#maxSampleAge(Duration)}, as every meter
   * read does. Call it right before a scrape: meters it adds or removes (a process that exited, a
   * new disk) then show in that very scrape, and scrapes closer together than the maximum age (two
   * Prometheus servers) share one sample instead of measuring utilization over milliseconds.
   */
  public void refreshIfStale() {
    if (sampled && System.nanoTime() - sampledAt <= maxAgeNanos) {
      return;
    }
    synchronized (lock) {
      if (!closed && (!sampled || System.nanoTime() - sampledAt > maxAgeNanos)) {
        refreshLocked();
      }
    }
  }

  private void refreshLocked() {
    for (Group<?> g : groups) {
      try {
        g.refresh();
        if (failing.remove(g.name())) {
          LOG.log(Level.INFO, "jpsutil metrics: reading " + g.name() + " works again");
        }
      } catch (RuntimeException e) {
        if (failing.add(g.name())) {
          LOG.log(
              Level.WARNING,
              "jpsutil metrics: reading "
                  + g.name()
                  + " failed; its meters read NaN until it succeeds",
              e);
        }
      }
    }
    sampledAt = System.nanoTime();
    sampled = true;
  }

  /** Configures a {@link JpsutilMetrics}. */
  public static final class Builder {
    private Psutil psutil;
    private final Set<MetricGroup> groups = EnumSet.allOf(MetricGroup.class);
    private ProcessSelection processes = ProcessSelection.none();
    private Duration maxSampleAge = DEFAULT_MAX_SAMPLE_AGE;

    private Builder() {}

    /**
     * The {@link Psutil} to read, default a new {@code Psutil.builder().build()}: its own instance,
     * so that the binder's {@code processIter} handles and counter-wrap state do not mix with the
     * application's. Pass one built over other roots to monitor a host from a container.
     *
     * @param psutil the instance to read
     * @return this builder
     */
    public Builder psutil(Psutil psutil) {
      this.psutil = Objects.requireNonNull(psutil, "psutil");
      return this;
    }

    /**
     * Publishes exactly these families (default: all).
     *
     * @param groups the families
     * @return this builder
     */
    public Builder groups(Collection<MetricGroup> groups) {
      Objects.requireNonNull(groups, "groups");
      this.groups.clear();
      for (MetricGroup g : groups) {
        this.groups.add(Objects.requireNonNull(g, "groups contains null"));
      }
      return this;
    }

    /**
     * Leaves these families out.
     *
     * @param groups the families not to publish
     * @return this builder
     */
    public Builder without(MetricGroup... groups) {
      for (MetricGroup g : groups) {
        this.groups.remove(Objects.requireNonNull(g, "groups contains null"));
      }
      return this;
    }

    /**
     * Which processes get per-process meters (default: none).
     *
     * @param selection the processes
     * @return this builder
     */
    public Builder processes(ProcessSelection selection) {
      this.processes = Objects.requireNonNull(selection, "selection");
      return this;
    }

    /**
     * How old a sample may be when a meter is read before it is refreshed (default 1 s). Keep it
     * below the scrape or step interval and above the time one scrape takes.
     *
     * @param age the maximum age
     * @return this builder
     * @throws IllegalArgumentException unless within 1 ms .. 1 h
     */
    public Builder maxSampleAge(Duration age) {
      Objects.requireNonNull(age, "age");
      if (age.compareTo(Duration.ofMillis(1)) < 0 || age.compareTo(Duration.ofHours(1)) > 0) {
        throw new IllegalArgumentException("maxSampleAge must be within 1 ms..1 h, got " + age);
      }
      this.maxSampleAge = age;
      return this;
    }

    /**
     * Creates the binder (it reads nothing until {@link JpsutilMetrics#bindTo}).
     *
     * @return the binder
     * @throws UnsupportedOperationException if processes are selected on a platform without process
     *     CPU times
     * @throws IllegalStateException if no jpsutil backend supports this OS
     */
    public JpsutilMetrics build() {
      return new JpsutilMetrics(this);
    }
  }
}
