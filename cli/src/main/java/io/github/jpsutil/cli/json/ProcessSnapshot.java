package io.github.jpsutil.cli.json;

import io.github.jpsutil.OsProcess;
import io.github.jpsutil.Psutil;
import io.github.jpsutil.api.Connection;
import io.github.jpsutil.api.CtxSwitches;
import io.github.jpsutil.api.Gids;
import io.github.jpsutil.api.IoCounters;
import io.github.jpsutil.api.IoNice;
import io.github.jpsutil.api.MemoryFootprint;
import io.github.jpsutil.api.MemoryInfo;
import io.github.jpsutil.api.MemoryInfoEx;
import io.github.jpsutil.api.MemoryMap;
import io.github.jpsutil.api.OpenFile;
import io.github.jpsutil.api.PageFaults;
import io.github.jpsutil.api.ProcessAttr;
import io.github.jpsutil.api.ProcessCpuTimes;
import io.github.jpsutil.api.ProcessStatus;
import io.github.jpsutil.api.ProcessThread;
import io.github.jpsutil.api.Uids;
import io.github.jpsutil.cli.text.TimeText;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The {@code processes} part of {@code jpsutil snapshot}: one object per process holding every
 * attribute of psutil's {@code as_dict()} under psutil's names ({@link ProcessAttr#psutilName()}),
 * in psutil's (alphabetical) order, with {@code null} where access was denied or the process had
 * turned into a zombie. Values take the JSON forms of {@link JsonRecords}: {@code create_time} is
 * float epoch seconds, {@code status} psutil's string, {@code ionice} {@code {"ioclass":
 * "IOPRIO_CLASS_BE", "value": 4}}, {@code memory_maps} the grouped list ({@code path} then the
 * fields), {@code net_connections} psutil's {@code pconn} (no {@code pid}).
 *
 * <p>Everything is read by {@code processIter}, which skips processes that vanish while being read,
 * and converted afterwards from values already in memory, so processes coming and going can never
 * leave the document half-written.
 */
public final class ProcessSnapshot {
  private ProcessSnapshot() {}

  /**
   * Starts the {@code cpu_percent} measurement: {@code processIter} keeps its handles, so the
   * {@link #collect} that follows measures each process since this call (psutil's first {@code
   * cpu_percent()} call returns a meaningless 0.0).
   */
  public static void startCpuPercent(Psutil p) {
    if (p.processAttrs().contains(ProcessAttr.CPU_PERCENT)) {
      p.processIter(EnumSet.of(ProcessAttr.CPU_PERCENT), null);
    }
  }

  /** Every process with every attribute the platform has, in pid order. */
  public static List<Object> collect(Psutil p) {
    Set<ProcessAttr> attrs = p.processAttrs();
    List<OsProcess> procs = p.processIter(attrs, null);
    List<Object> out = new ArrayList<>(procs.size());
    for (OsProcess proc : procs) {
      out.add(json(proc.pid(), attrs, proc.info()));
    }
    return out;
  }

  /**
   * One process: each of {@code attrs} from {@code info} in psutil's form; an attribute missing
   * from {@code info} (a zombie {@code processIter} could not read) or null there is {@code null}.
   */
  public static Map<String, Object> json(
      int pid, Set<ProcessAttr> attrs, Map<ProcessAttr, Object> info) {
    Map<String, Object> m = new LinkedHashMap<>();
    for (ProcessAttr attr : ProcessAttr.values()) { // psutil's order, whatever attrs' order
      if (!attrs.contains(attr)) {
        continue;
      }
      Object value = attr == ProcessAttr.PID ? (Object) pid : info.get(attr);
      m.put(attr.psutilName(), value == null ? null : value(attr, value));
    }
    return m;
  }

  /** The JSON form of one non-null attribute value, as {@code OsProcess.asDict} returns it. */
  @SuppressWarnings("unchecked")
  public static Object value(ProcessAttr attr, Object v) {
    return switch (attr) {
      case CMDLINE, CPU_AFFINITY, ENVIRON -> v; // list of strings, list of ints, map of strings
      case CPU_NUM, NICE, NUM_FDS, NUM_HANDLES, NUM_THREADS, PID, PPID -> (Integer) v;
      case CPU_PERCENT, MEMORY_PERCENT -> (Double) v;
      case CWD, EXE, NAME, TERMINAL, USERNAME -> (String) v;
      case CPU_TIMES -> ((ProcessCpuTimes) v).asMap();
      case CREATE_TIME -> TimeText.epochSeconds((Instant) v);
      case GIDS -> JsonRecords.gids((Gids) v);
      case UIDS -> JsonRecords.uids((Uids) v);
      case IO_COUNTERS -> ((IoCounters) v).asMap();
      case IONICE -> JsonRecords.ionice((IoNice) v);
      case MEMORY_FOOTPRINT -> ((MemoryFootprint) v).asMap();
      case MEMORY_INFO -> ((MemoryInfo) v).asMap();
      case MEMORY_INFO_EX -> ((MemoryInfoEx) v).asMap();
      case MEMORY_MAPS -> JsonRecords.list((List<MemoryMap>) v, JsonRecords::memoryMap);
      case NET_CONNECTIONS ->
          JsonRecords.list((List<Connection>) v, JsonRecords::processConnection);
      case NUM_CTX_SWITCHES -> ctxSwitches((CtxSwitches) v);
      case OPEN_FILES -> JsonRecords.list((List<OpenFile>) v, JsonRecords::openFile);
      case PAGE_FAULTS -> pageFaults((PageFaults) v);
      case STATUS -> ((ProcessStatus) v).value();
      case THREADS -> JsonRecords.list((List<ProcessThread>) v, JsonRecords::thread);
    };
  }

  private static Map<String, Object> ctxSwitches(CtxSwitches c) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("voluntary", c.voluntary());
    m.put("involuntary", c.involuntary());
    return m;
  }

  private static Map<String, Object> pageFaults(PageFaults f) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("minor", f.minor());
    m.put("major", f.major());
    return m;
  }
}
