package io.github.jpsutil.metrics;

import io.github.jpsutil.OsProcess;
import io.github.jpsutil.Psutil;
import io.github.jpsutil.api.CtxSwitches;
import io.github.jpsutil.api.Feature;
import io.github.jpsutil.api.IoCounters;
import io.github.jpsutil.api.MemoryInfo;
import io.github.jpsutil.api.NoSuchProcess;
import io.github.jpsutil.api.ProcessAttr;
import io.github.jpsutil.api.ProcessCpuTimes;
import io.github.jpsutil.api.ProcessStatus;
import java.lang.System.Logger.Level;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.Set;
import java.util.function.ToDoubleFunction;

/**
 * {@code system.process.count} by {@code status}, and the per-process meters of the selected
 * processes, from ONE {@code processIter} per refresh: the scan prefetches only what counting and
 * choosing need (status; CPU times as every process's baseline; memory, name or command line when
 * the selection ranks or matches on them), then reads the rest for the chosen few in one oneshot
 * each. Chosen processes that exit, or drop out of the top N, lose their meters at that refresh.
 */
final class ProcessGroup extends Group<ProcessGroup.Sample> {
  /**
   * @param nanoTime when the scan ended
   * @param statusCounts processes per status value; empty when not counting
   * @param cpu every process's CPU times, the baselines of the next refresh; empty when no process
   *     is selected
   * @param selected the chosen processes, in the selection's order
   */
  record Sample(
      long nanoTime,
      Map<String, Integer> statusCounts,
      Map<ProcessKey, ProcessCpuTimes> cpu,
      Map<ProcessKey, ProcessData> selected) {}

  /** The convention's values, with a series from the start; others appear when first seen. */
  private static final List<String> STANDARD_STATUSES =
      List.of("running", "sleeping", "stopped", "defunct");

  private static final System.Logger LOG = System.getLogger(JpsutilMetrics.class.getName());

  private final Psutil psutil;
  private final boolean counting;
  private final ProcessSelection selection;
  private final long selfPid;
  private final Set<ProcessAttr> scanAttrs;
  private final Set<ProcessAttr> detailAttrs;
  private final KeyedMeters<String> statuses;
  private final KeyedMeters<ProcessKey> processes;
  private boolean dropLogged;

  ProcessGroup(Psutil psutil, MeterSink sink, boolean counting, ProcessSelection selection) {
    this.psutil = psutil;
    this.counting = counting;
    this.selection = selection;
    this.selfPid = ProcessHandle.current().pid();
    this.statuses = new KeyedMeters<>(sink);
    this.processes = new KeyedMeters<>(sink);
    this.scanAttrs = EnumSet.noneOf(ProcessAttr.class);
    if (counting) {
      scanAttrs.add(ProcessAttr.STATUS);
    }
    if (!selection.isEmpty()) {
      scanAttrs.add(ProcessAttr.CPU_TIMES);
      if (selection.topByMemory() > 0) {
        scanAttrs.add(ProcessAttr.MEMORY_INFO);
      }
      if (selection.name().isPresent()) {
        scanAttrs.add(ProcessAttr.NAME);
      }
      if (selection.cmdline().isPresent()) {
        scanAttrs.add(ProcessAttr.CMDLINE);
      }
    }
    this.detailAttrs = EnumSet.noneOf(ProcessAttr.class);
    for (ProcessAttr a :
        List.of(
            ProcessAttr.NAME,
            ProcessAttr.CPU_TIMES,
            ProcessAttr.MEMORY_INFO,
            ProcessAttr.IO_COUNTERS,
            ProcessAttr.NUM_FDS,
            ProcessAttr.NUM_THREADS,
            ProcessAttr.NUM_CTX_SWITCHES)) {
      if (psutil.supports(a.feature())) {
        detailAttrs.add(a);
      }
    }
  }

  /** Whether the platform can list processes and give what this group's scan asks for. */
  static boolean supported(Psutil p, boolean counting, ProcessSelection selection) {
    boolean ok = p.supports(Feature.PIDS);
    if (counting) {
      ok &= p.supports(Feature.PROC_STATUS);
    }
    if (!selection.isEmpty()) {
      ok &= p.supports(Feature.PROC_CPU_TIMES) && p.supports(Feature.PROC_NAME);
    }
    return ok;
  }

  @Override
  String name() {
    return "processes";
  }

  @Override
  Sample read(Sample previous) {
    List<OsProcess> all = psutil.processIter(scanAttrs, null);
    long now = System.nanoTime();
    boolean selecting = !selection.isEmpty();
    Map<String, Integer> counts = new HashMap<>();
    Map<ProcessKey, ProcessCpuTimes> cpu = selecting ? new HashMap<>(all.size() * 2) : Map.of();
    Map<ProcessKey, OsProcess> handles = selecting ? new HashMap<>(all.size() * 2) : Map.of();
    List<ProcessChooser.Candidate> candidates = new ArrayList<>(selecting ? all.size() : 0);
    for (OsProcess p : all) {
      Map<ProcessAttr, Object> info = p.info();
      if (counting && info.get(ProcessAttr.STATUS) instanceof ProcessStatus s) {
        // A status denied (null) is not counted rather than guessed.
        counts.merge(status(s), 1, Integer::sum);
      }
      if (selecting) {
        ProcessKey key;
        try {
          key = new ProcessKey(p.pid(), p.createTime());
        } catch (NoSuchProcess gone) {
          // Exited since the scan: the first createTime() call checks (psutil's rule), and one
          // process ending must not cost the whole sample its process meters.
          continue;
        }
        handles.put(key, p);
        candidates.add(candidate(key, info, previous, cpu));
      }
    }
    Map<ProcessKey, ProcessData> selected = new LinkedHashMap<>();
    if (selecting) {
      ProcessChooser.Choice choice = ProcessChooser.choose(candidates, selection, selfPid);
      if (choice.dropped() > 0 && !dropLogged) {
        dropLogged = true;
        LOG.log(
            Level.WARNING,
            "jpsutil metrics: "
                + choice.dropped()
                + " selected processes beyond the limit of "
                + selection.limit()
                + " get no meters");
      }
      double elapsed = previous == null ? Double.NaN : (now - previous.nanoTime()) / 1e9;
      OptionalInt cpus =
          psutil.supports(Feature.CPU_COUNT) ? psutil.cpuCount() : OptionalInt.empty();
      for (ProcessKey key : choice.chosen()) {
        ProcessData d = details(handles.get(key), key, previous, elapsed, cpus);
        if (d != null) {
          selected.put(key, d);
        }
      }
    }
    return new Sample(now, Map.copyOf(counts), cpu, selected);
  }

  private static ProcessChooser.Candidate candidate(
      ProcessKey key,
      Map<ProcessAttr, Object> info,
      Sample previous,
      Map<ProcessKey, ProcessCpuTimes> cpu) {
    double cpuSeconds = Double.NaN;
    if (info.get(ProcessAttr.CPU_TIMES) instanceof ProcessCpuTimes t) {
      cpu.put(key, t);
      ProcessCpuTimes before = previous == null ? null : previous.cpu().get(key);
      if (before != null) {
        cpuSeconds = (t.user() + t.system()) - (before.user() + before.system());
      }
    }
    long rss = info.get(ProcessAttr.MEMORY_INFO) instanceof MemoryInfo m ? m.rss() : -1;
    String name = info.get(ProcessAttr.NAME) instanceof String n ? n : null;
    String cmdline = info.get(ProcessAttr.CMDLINE) instanceof List<?> args ? joined(args) : null;
    return new ProcessChooser.Candidate(key, name, cmdline, cpuSeconds, rss);
  }

  private static String joined(List<?> args) {
    StringBuilder sb = new StringBuilder();
    for (Object a : args) {
      if (sb.length() > 0) {
        sb.append(' ');
      }
      sb.append(a);
    }
    return sb.toString();
  }

  /** Reads a chosen process in one oneshot; null when it exited meanwhile. */
  private ProcessData details(
      OsProcess p, ProcessKey key, Sample previous, double elapsed, OptionalInt cpus) {
    Map<ProcessAttr, Object> d;
    try {
      d = p.asDict(detailAttrs, null);
    } catch (NoSuchProcess gone) {
      return null;
    }
    ProcessCpuTimes now = d.get(ProcessAttr.CPU_TIMES) instanceof ProcessCpuTimes t ? t : null;
    ProcessCpuTimes before = previous == null ? null : previous.cpu().get(key);
    Map<String, Double> utilization =
        now != null && before != null && cpus.isPresent()
            ? ProcessData.utilization(before, now, elapsed, cpus.getAsInt())
            : Map.of();
    return new ProcessData(
        key,
        d.get(ProcessAttr.NAME) instanceof String n ? n : "",
        now,
        utilization,
        d.get(ProcessAttr.MEMORY_INFO) instanceof MemoryInfo m ? m : null,
        d.get(ProcessAttr.IO_COUNTERS) instanceof IoCounters io ? io : null,
        d.get(ProcessAttr.NUM_FDS) instanceof Integer fds ? fds : null,
        d.get(ProcessAttr.NUM_THREADS) instanceof Integer threads ? threads : null,
        d.get(ProcessAttr.NUM_CTX_SWITCHES) instanceof CtxSwitches c ? c : null);
  }

  /**
   * The {@code status} value for psutil's status: the convention's {@code running}, {@code
   * sleeping}, {@code stopped} and {@code defunct} (zombie) where they apply, psutil's own name
   * otherwise ({@code disk-sleep}, {@code idle}, {@code tracing-stop}, …; {@code unknown} for
   * {@code ?}).
   */
  static String status(ProcessStatus s) {
    return switch (s) {
      case ZOMBIE -> "defunct";
      case UNKNOWN -> "unknown";
      default -> s.value();
    };
  }

  @Override
  void sync(Sample sample) {
    if (counting) {
      List<String> seen = new ArrayList<>(STANDARD_STATUSES);
      seen.addAll(sample.statusCounts().keySet());
      statuses.addNew(
          seen,
          status ->
              List.of(
                  MeterDef.of(
                      Metric.PROCESS_COUNT,
                      () -> value(s -> s.statusCounts().getOrDefault(status, 0)),
                      "status",
                      status)));
    }
    if (!selection.isEmpty()) {
      processes.sync(
          sample.selected().keySet(),
          key -> ProcessMeters.define(sample.selected().get(key), this::read));
    }
  }

  /** {@code f} of the process's data in the current sample; NaN when it is not there. */
  private double read(ProcessKey key, ToDoubleFunction<ProcessData> f) {
    return value(
        s -> {
          ProcessData d = s.selected().get(key);
          return d == null ? Double.NaN : f.applyAsDouble(d);
        });
  }
}
