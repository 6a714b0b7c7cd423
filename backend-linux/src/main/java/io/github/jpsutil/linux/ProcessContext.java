package io.github.jpsutil.linux;

import io.github.jpsutil.api.MalformedDataException;
import io.github.jpsutil.api.MemoryInfo;
import io.github.jpsutil.linux.acquire.LinuxFiles;
import io.github.jpsutil.linux.acquire.PidFiles;
import io.github.jpsutil.linux.acquire.ScanParsers;
import io.github.jpsutil.linux.acquire.SystemUnits;
import io.github.jpsutil.linux.acquire.TerminalDevices;
import io.github.jpsutil.linux.acquire.WholeFileReader;
import io.github.jpsutil.linux.acquire.WholeFileReader.BytesParser;
import io.github.jpsutil.linux.parse.CpuListFormat;
import io.github.jpsutil.linux.parse.ProcStatBtime;
import java.nio.file.Path;
import java.util.Set;

/** What every process handle of one backend shares: roots, buffers, clock and page units. */
final class ProcessContext {
  final LinuxFiles files;
  final WholeFileReader reader;

  /** Made on first use: a scan that asks for no terminal loads none of its classes. */
  private volatile TerminalDevices terminals;

  final LinuxProcessControl control;
  final LinuxNet net;

  /** USER_HZ: the unit of the times in {@code /proc/[pid]/stat}. */
  final long clockTicks;

  /** Bytes per page: the unit of {@code /proc/[pid]/statm}. */
  final long pageSize;

  /** statm's parser, in {@link #pageSize} units. */
  final BytesParser<MemoryInfo.Linux> statm;

  private volatile long bootTime = -1;

  ProcessContext(
      LinuxFiles files, LinuxNet net, LinuxProcessControl control, long clockTicks, long pageSize) {
    this.files = files;
    this.reader = new WholeFileReader();
    this.control = control;
    this.net = net;
    this.clockTicks = clockTicks;
    this.pageSize = pageSize;
    this.statm = ScanParsers.statm(pageSize);
  }

  /** The running system's units. */
  static ProcessContext forSystem(LinuxFiles files, LinuxNet net, LinuxProcessControl control) {
    return new ProcessContext(
        files, net, control, SystemUnits.clockTicks(), SystemUnits.pageSize());
  }

  /** {@return the terminal device map of these roots, made on first use} */
  TerminalDevices terminals() {
    TerminalDevices t = terminals;
    if (t == null) {
      synchronized (this) {
        t = terminals;
        if (t == null) {
          t = new TerminalDevices(files);
          terminals = t;
        }
      }
    }
    return t;
  }

  PidFiles pidFiles(int pid) {
    return new PidFiles(files, reader, pid);
  }

  /**
   * Boot time, seconds since the epoch: {@code btime} of {@code /proc/stat}, read once (psutil
   * reads it on every create_time; it only moves if the wall clock is stepped, and a process's
   * create time must not move with it between two calls).
   */
  long bootTime() {
    long t = bootTime;
    if (t < 0) {
      Path stat = files.proc("stat");
      t = parseBtime(stat, files.readBytes(stat));
      bootTime = t;
    }
    return t;
  }

  /**
   * ParsedFile's message without its Supplier: a scan reads the boot time, and a lambda here would
   * be the one that starts the JDK's lambda machinery in a cold start.
   */
  private static long parseBtime(Path file, byte[] data) {
    try {
      return ProcStatBtime.parse(data, data.length);
    } catch (MalformedDataException e) {
      throw ParsedFile.named(file, e);
    }
  }

  /** CPUs online now, {@code /sys/devices/system/cpu/online}. */
  Set<Integer> onlineCpus() {
    Path online = files.sys("devices", "system", "cpu", "online");
    String text = files.readText(online);
    return ParsedFile.of(online, () -> CpuListFormat.parse(text, online.toString()));
  }

  /** Ticks since boot at which {@code pid} started, read now (for the signal identity check). */
  long startTicks(int pid) {
    return pidFiles(pid).read("stat", ScanParsers.STAT).starttime();
  }
}
