package io.github.jpsutil.cli.commands;

import io.github.jpsutil.Psutil;
import io.github.jpsutil.api.CgroupResources;
import io.github.jpsutil.api.LoadAverage;
import io.github.jpsutil.api.ProcessAttr;
import io.github.jpsutil.api.SwapMemory;
import io.github.jpsutil.api.VirtualMemory;
import io.github.jpsutil.cli.Command;
import io.github.jpsutil.cli.Invocation;
import io.github.jpsutil.cli.LiveView;
import io.github.jpsutil.cli.OptionSpec;
import io.github.jpsutil.cli.Probe;
import io.github.jpsutil.cli.UsageException;
import io.github.jpsutil.cli.json.JsonRecords;
import io.github.jpsutil.cli.json.ProcessSnapshot;
import io.github.jpsutil.cli.text.ContainerText;
import io.github.jpsutil.cli.text.TimeText;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * {@code jpsutil top}: a header with a usage bar per CPU, memory, swap, the process count by
 * status, the load average and the uptime, then the processes by CPU usage, after psutil's {@code
 * scripts/top.py}. On a terminal it redraws every interval (Ctrl-C ends it) showing {@code -n} rows
 * (default 20); into a pipe, with {@code --once} or {@code --json} it prints one sample taken over
 * one interval, all processes unless {@code -n}. CPU% is each process's share of one CPU over the
 * interval (may exceed 100 for several threads); TIME+ is its user + system time as
 * minutes:seconds.hundredths. The text layout is in {@link TopText}.
 *
 * <p>JSON: {@code {"interval", "cpu_percent_percpu", "virtual_memory", "swap_memory", "getloadavg",
 * "boot_time", "status_counts", "processes"}}, each process with psutil's names for {@code
 * cpu_percent, cpu_times, memory_info, memory_percent, name, nice, pid, status, username}.
 */
final class TopCommand implements Command {
  static final OptionSpec ROWS =
      new OptionSpec(
          "--rows", "-n", "N", "process rows to show (default: 20 when redrawing, else all)");

  /** Live frames show this many rows unless {@code -n} says otherwise. */
  static final int LIVE_ROWS = 20;

  static final Set<ProcessAttr> ATTRS =
      EnumSet.of(
          ProcessAttr.PID,
          ProcessAttr.USERNAME,
          ProcessAttr.NICE,
          ProcessAttr.MEMORY_INFO,
          ProcessAttr.MEMORY_PERCENT,
          ProcessAttr.CPU_PERCENT,
          ProcessAttr.CPU_TIMES,
          ProcessAttr.NAME,
          ProcessAttr.STATUS);

  /**
   * One sample. The system parts are probes ("not available on this OS" on some platforms).
   *
   * @param seconds the time the CPU percentages cover
   * @param processes every process, busiest first
   */
  record Sample(
      double seconds,
      Probe<List<Double>> perCpu,
      Probe<VirtualMemory> memory,
      Probe<SwapMemory> swap,
      Probe<LoadAverage> load,
      Probe<Instant> bootTime,
      Instant now,
      List<ProcessRow> processes) {}

  @Override
  public String name() {
    return "top";
  }

  @Override
  public String summary() {
    return "CPU, memory and the busiest processes, refreshed every interval, like top";
  }

  @Override
  public List<OptionSpec> options() {
    return List.of(OptionSpec.INTERVAL, ROWS, OptionSpec.ONCE, OptionSpec.JSON);
  }

  @Override
  public int run(Invocation inv) throws InterruptedException {
    double seconds = inv.seconds(OptionSpec.INTERVAL, 1.0, 0.1, 3600);
    int rows = rows(inv, name(), LiveView.isLive(inv) ? LIVE_ROWS : Integer.MAX_VALUE);
    Psutil p = inv.psutil();
    Sampler sampler = new Sampler(p, Math.round(seconds * 1000));
    if (inv.json()) {
      inv.printJson(json(sampler.next(), rows));
      return 0;
    }
    LiveView.show(inv, () -> TopText.render(sampler.next(), rows) + containerLine(p));
    return 0;
  }

  /**
   * The limits of the cgroup top runs in, when there are any (not in psutil's top.py); "" outside a
   * limited cgroup and on systems without cgroups.
   */
  static String containerLine(Psutil p) throws InterruptedException {
    Probe<Optional<CgroupResources>> limits =
        Probe.of("cgroup_resources", () -> p.containers().currentLimits());
    return limits.isAvailable() && limits.value().isPresent()
        ? " " + ContainerText.line(limits.value().get())
        : "";
  }

  /** The value of {@code -n}: a whole number within 1..1000000; {@code fallback} when absent. */
  static int rows(Invocation inv, String command, int fallback) {
    String text = inv.value(ROWS).orElse(null);
    if (text == null) {
      return fallback;
    }
    if (text.isEmpty()
        || text.length() > 7
        || !text.chars().allMatch(c -> c >= '0' && c <= '9')
        || Integer.parseInt(text) < 1
        || Integer.parseInt(text) > 1_000_000) {
      throw new UsageException(
          command + ": --rows must be a whole number within 1..1000000, got '" + text + "'");
    }
    return Integer.parseInt(text);
  }

  /** Takes samples, each covering the time since the previous one (the first: since creation). */
  static final class Sampler {
    private final Psutil p;
    private final long sleepMillis;
    private long last;

    Sampler(Psutil p, long sleepMillis) {
      this.p = p;
      this.sleepMillis = sleepMillis;
      // Start the measurements: processIter keeps its handles, so the next call's cpu_percent of
      // each process covers the time since this one; perCpuPercent() likewise for the CPUs.
      ProcessRow.fetch(p, EnumSet.of(ProcessAttr.CPU_PERCENT));
      try {
        p.perCpuPercent();
      } catch (UnsupportedOperationException e) {
        // reported by the sample's probe
      }
      last = System.nanoTime();
    }

    Sample next() throws InterruptedException {
      Thread.sleep(sleepMillis);
      Probe<List<Double>> perCpu = Probe.of("cpu_percent", p::perCpuPercent);
      List<ProcessRow> procs = new ArrayList<>(ProcessRow.fetch(p, ATTRS));
      long now = System.nanoTime();
      double seconds = (now - last) / 1e9;
      last = now;
      procs.sort(busiestFirst());
      return new Sample(
          seconds,
          perCpu,
          Probe.of("virtual_memory", p::virtualMemory),
          Probe.of("swap_memory", p::swapMemory),
          Probe.of("getloadavg", p::loadAverage),
          Probe.of("boot_time", p::bootTime),
          Instant.now(),
          procs);
    }
  }

  /** By CPU percent, highest first; denied ones last; ties keep pid order (the sort is stable). */
  static Comparator<ProcessRow> busiestFirst() {
    return Comparator.comparingDouble(
        (ProcessRow r) -> r.cpuPercent() == null ? Double.POSITIVE_INFINITY : -r.cpuPercent());
  }

  static Map<String, Object> json(Sample s, int rows) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("interval", s.seconds());
    m.put("cpu_percent_percpu", s.perCpu().mapOrNull(v -> v));
    m.put("virtual_memory", s.memory().mapOrNull(VirtualMemory::asMap));
    m.put("swap_memory", s.swap().mapOrNull(JsonRecords::swapMemory));
    m.put("getloadavg", s.load().mapOrNull(JsonRecords::loadAverage));
    m.put("boot_time", s.bootTime().mapOrNull(TimeText::epochSeconds));
    m.put("status_counts", TopText.statusCounts(s.processes()));
    List<Object> procs = new ArrayList<>();
    for (ProcessRow r : s.processes().subList(0, Math.min(rows, s.processes().size()))) {
      procs.add(ProcessSnapshot.json(r.pid(), ATTRS, r.info()));
    }
    m.put("processes", procs);
    return m;
  }
}
