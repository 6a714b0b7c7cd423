package io.github.jpsutil.cli.commands;

import io.github.jpsutil.OsProcess;
import io.github.jpsutil.Psutil;
import io.github.jpsutil.api.IoCounters;
import io.github.jpsutil.api.MemoryFootprint;
import io.github.jpsutil.api.MemoryInfo;
import io.github.jpsutil.api.ProcessAttr;
import io.github.jpsutil.api.ProcessCpuTimes;
import io.github.jpsutil.api.ProcessStatus;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * What {@code processIter(attrs, null)} prefetched for one process, with typed getters. A getter
 * returns null when the attribute was denied (psutil's {@code ad_value=None}) or not fetched; the
 * commands read only these values, never the handle's getters, so one listing is one consistent
 * read of each process.
 *
 * @param pid the process id
 * @param info the prefetched attributes ({@link OsProcess#info()})
 */
record ProcessRow(int pid, Map<ProcessAttr, Object> info) {
  ProcessRow {
    Objects.requireNonNull(info, "info");
  }

  static ProcessRow of(OsProcess p) {
    return new ProcessRow(p.pid(), p.info());
  }

  /**
   * Every process with those of {@code wanted} this platform has (asking {@code processIter} for
   * one it lacks would throw), in pid order; denied attributes are null.
   */
  static List<ProcessRow> fetch(Psutil p, Set<ProcessAttr> wanted) {
    return fetchHandles(p, wanted).stream().map(ProcessRow::of).toList();
  }

  /** As {@link #fetch}, keeping the handles (for signals, or to pair two samples). */
  static List<OsProcess> fetchHandles(Psutil p, Set<ProcessAttr> wanted) {
    Set<ProcessAttr> attrs = EnumSet.noneOf(ProcessAttr.class);
    attrs.addAll(wanted);
    attrs.retainAll(p.processAttrs());
    attrs.add(ProcessAttr.PID); // never empty: processIter treats an empty set as "all"
    return new ArrayList<>(p.processIter(attrs, null));
  }

  String name() {
    return (String) info.get(ProcessAttr.NAME);
  }

  String username() {
    return (String) info.get(ProcessAttr.USERNAME);
  }

  @SuppressWarnings("unchecked")
  List<String> cmdline() {
    return (List<String>) info.get(ProcessAttr.CMDLINE);
  }

  /** The command line joined by spaces; the name when it is empty or denied (kernel threads). */
  String command() {
    List<String> cmdline = cmdline();
    return cmdline == null || cmdline.isEmpty() ? name() : String.join(" ", cmdline);
  }

  ProcessStatus status() {
    return (ProcessStatus) info.get(ProcessAttr.STATUS);
  }

  Integer nice() {
    return (Integer) info.get(ProcessAttr.NICE);
  }

  Integer ppid() {
    return (Integer) info.get(ProcessAttr.PPID);
  }

  Integer cpuNum() {
    return (Integer) info.get(ProcessAttr.CPU_NUM);
  }

  Instant createTime() {
    return (Instant) info.get(ProcessAttr.CREATE_TIME);
  }

  ProcessCpuTimes cpuTimes() {
    return (ProcessCpuTimes) info.get(ProcessAttr.CPU_TIMES);
  }

  /** User plus system CPU seconds of the process itself (not its children); null if denied. */
  Double busySeconds() {
    ProcessCpuTimes t = cpuTimes();
    return t == null ? null : t.user() + t.system();
  }

  Double cpuPercent() {
    return (Double) info.get(ProcessAttr.CPU_PERCENT);
  }

  MemoryInfo memoryInfo() {
    return (MemoryInfo) info.get(ProcessAttr.MEMORY_INFO);
  }

  Double memoryPercent() {
    return (Double) info.get(ProcessAttr.MEMORY_PERCENT);
  }

  MemoryFootprint memoryFootprint() {
    return (MemoryFootprint) info.get(ProcessAttr.MEMORY_FOOTPRINT);
  }

  IoCounters ioCounters() {
    return (IoCounters) info.get(ProcessAttr.IO_COUNTERS);
  }
}
