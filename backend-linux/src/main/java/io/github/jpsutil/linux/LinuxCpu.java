package io.github.jpsutil.linux;

import io.github.jpsutil.api.CpuFreq;
import io.github.jpsutil.api.CpuStats;
import io.github.jpsutil.api.CpuTimes;
import io.github.jpsutil.api.LoadAverage;
import io.github.jpsutil.linux.acquire.LinuxFiles;
import io.github.jpsutil.linux.acquire.SystemUnits;
import io.github.jpsutil.linux.parse.CpuList;
import io.github.jpsutil.linux.parse.Cpuinfo;
import io.github.jpsutil.linux.parse.Loadavg;
import io.github.jpsutil.linux.parse.ProcStat;
import io.github.jpsutil.linux.parse.SysCpuEntries;
import io.github.jpsutil.spi.CpuSource;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;

/**
 * CPU times, counts, counters, frequencies and load from /proc and /sys (proc(5);
 * psutil/_pslinux.py).
 */
final class LinuxCpu implements CpuSource {
  private final LinuxFiles files;
  private final LinuxCpuFreq frequencies;

  LinuxCpu(LinuxFiles files) {
    this.files = files;
    this.frequencies = new LinuxCpuFreq(files);
  }

  @Override
  public CpuTimes cpuTimes() {
    return ProcStat.cpuTimes(files.readText(files.proc("stat")), ClockTicks.PER_SECOND);
  }

  @Override
  public List<CpuTimes> perCpuTimes() {
    return ProcStat.perCpuTimes(files.readText(files.proc("stat")), ClockTicks.PER_SECOND);
  }

  /**
   * What glibc's {@code sysconf(_SC_NPROCESSORS_ONLN)} (psutil's source) reads, but under the
   * configured sysfs root: the {@code online} CPU list; without it, the {@code processor} blocks of
   * {@code /proc/cpuinfo}, then the {@code cpuN} lines of {@code /proc/stat}.
   */
  @Override
  public OptionalInt cpuCountLogical() {
    Path online = cpuDir().resolve("online");
    Optional<String> list = MaybeFile.text(files, online);
    int n;
    if (list.isPresent()) {
      n = CpuList.parse(list.get(), online.toString()).cardinality();
    } else {
      n = MaybeFile.text(files, files.proc("cpuinfo")).map(Cpuinfo::processorCount).orElse(0);
      if (n == 0) {
        n = ProcStat.perCpuLineCount(files.readText(files.proc("stat")));
      }
    }
    return n > 0 ? OptionalInt.of(n) : OptionalInt.empty();
  }

  /**
   * Physical cores, not sockets (psutil gh-614): the number of distinct {@code
   * topology/core_cpus_list} values (kernel 5.4+; before, the same data is {@code
   * thread_siblings_list}); failing both, {@code cpu cores} per distinct {@code physical id} in
   * {@code /proc/cpuinfo}.
   */
  @Override
  public OptionalInt cpuCountPhysical() {
    int n = distinctTopology("core_cpus_list");
    if (n == 0) {
      n = distinctTopology("thread_siblings_list");
    }
    if (n == 0) {
      n = MaybeFile.text(files, files.proc("cpuinfo")).map(Cpuinfo::physicalCores).orElse(0);
    }
    return n > 0 ? OptionalInt.of(n) : OptionalInt.empty();
  }

  @Override
  public CpuStats cpuStats() {
    return ProcStat.cpuStats(files.readText(files.proc("stat")));
  }

  @Override
  public List<CpuFreq> perCpuFreq() {
    return frequencies.perCpu();
  }

  @Override
  public LoadAverage loadAverage() {
    return Loadavg.parse(files.readText(files.proc("loadavg")));
  }

  private Path cpuDir() {
    return files.sys("devices", "system", "cpu");
  }

  /** How many different values {@code cpuN/topology/<name>} has over the CPUs that have it. */
  private int distinctTopology(String name) {
    Path dir = cpuDir();
    if (!files.exists(dir)) {
      return 0; // no sysfs (some containers)
    }
    Set<String> distinct = new HashSet<>();
    for (String entry : files.list(dir)) {
      if (SysCpuEntries.number(entry, "cpu") >= 0) {
        MaybeFile.text(files, dir.resolve(entry).resolve("topology").resolve(name))
            .ifPresent(v -> distinct.add(v.strip()));
      }
    }
    return distinct.size();
  }

  /** {@code sysconf(_SC_CLK_TCK)}'s value, the unit of /proc/stat, read once per JVM. */
  private static final class ClockTicks {
    static final double PER_SECOND = SystemUnits.clockTicks();
  }
}
