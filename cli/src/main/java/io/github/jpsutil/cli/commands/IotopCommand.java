package io.github.jpsutil.cli.commands;

import io.github.jpsutil.OsProcess;
import io.github.jpsutil.Psutil;
import io.github.jpsutil.api.DiskIoCounters;
import io.github.jpsutil.api.IoCounters;
import io.github.jpsutil.api.ProcessAttr;
import io.github.jpsutil.cli.Command;
import io.github.jpsutil.cli.Invocation;
import io.github.jpsutil.cli.LiveView;
import io.github.jpsutil.cli.OptionSpec;
import io.github.jpsutil.cli.Probe;
import io.github.jpsutil.cli.text.Table;
import io.github.jpsutil.cli.text.Table.Column;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * {@code jpsutil iotop}: disk reads and writes per process per second, busiest first, with the
 * disks' totals above, after psutil's {@code scripts/iotop.py}. The rates are the change of each
 * process's {@code io_counters()} read_bytes/write_bytes (storage I/O on Linux) between two
 * readings divided by the time between them; psutil's script labels the raw change over 0.5 s as a
 * rate. Processes whose counters are denied are left out and counted in the last line. On a
 * terminal it redraws every interval showing {@code -n} rows (default 20); into a pipe, with {@code
 * --once} or {@code --json}, one sample over one interval, every process unless {@code -n}.
 *
 * <p>JSON: {@code {"interval", "disk_read_bytes_per_sec", "disk_write_bytes_per_sec",
 * "access_denied", "processes": [{"pid", "username", "name", "cmdline", "read_bytes_per_sec",
 * "write_bytes_per_sec"}]}}.
 */
final class IotopCommand implements Command {
  static final Set<ProcessAttr> ATTRS =
      EnumSet.of(
          ProcessAttr.IO_COUNTERS, ProcessAttr.USERNAME, ProcessAttr.CMDLINE, ProcessAttr.NAME);

  /** One process's rates in bytes per second. */
  record Rates(ProcessRow row, double read, double write) {
    double total() {
      return read + write;
    }
  }

  /**
   * One sample.
   *
   * @param diskRead the disks' read rate, null when disk counters are not available
   * @param denied processes whose counters could not be read
   */
  record Sample(double seconds, Double diskRead, Double diskWrite, List<Rates> procs, int denied) {}

  @Override
  public String name() {
    return "iotop";
  }

  @Override
  public String summary() {
    return "disk read and write rates per process, refreshed every interval, like iotop";
  }

  @Override
  public List<OptionSpec> options() {
    return List.of(OptionSpec.INTERVAL, TopCommand.ROWS, OptionSpec.ONCE, OptionSpec.JSON);
  }

  @Override
  public int run(Invocation inv) throws InterruptedException {
    double seconds = inv.seconds(OptionSpec.INTERVAL, 1.0, 0.1, 3600);
    int rows =
        TopCommand.rows(
            inv, name(), LiveView.isLive(inv) ? TopCommand.LIVE_ROWS : Integer.MAX_VALUE);
    Sampler sampler = new Sampler(inv.psutil(), Math.round(seconds * 1000));
    if (inv.json()) {
      inv.printJson(json(sampler.next(), rows));
      return 0;
    }
    LiveView.show(inv, () -> render(sampler.next(), rows));
    return 0;
  }

  /** Each sample covers the time since the previous one (the first: since creation). */
  static final class Sampler {
    private final Psutil p;
    private final long sleepMillis;
    private Map<OsProcess, IoCounters> before;
    private Optional<DiskIoCounters> diskBefore;
    private long last;

    Sampler(Psutil p, long sleepMillis) throws InterruptedException {
      this.p = p;
      this.sleepMillis = sleepMillis;
      before = counters(ProcessRow.fetchHandles(p, EnumSet.of(ProcessAttr.IO_COUNTERS)));
      diskBefore = disks();
      last = System.nanoTime();
    }

    Sample next() throws InterruptedException {
      Thread.sleep(sleepMillis);
      List<OsProcess> handles = ProcessRow.fetchHandles(p, ATTRS);
      Optional<DiskIoCounters> diskAfter = disks();
      long now = System.nanoTime();
      double seconds = Math.max(1e-9, (now - last) / 1e9);
      List<Rates> rates = new ArrayList<>();
      int denied = 0;
      for (OsProcess h : handles) {
        IoCounters after = (IoCounters) h.info().get(ProcessAttr.IO_COUNTERS);
        IoCounters then = before.get(h); // equal handles: same pid and start time
        if (after == null) {
          denied++;
        } else if (then != null) {
          rates.add(
              new Rates(
                  ProcessRow.of(h),
                  Math.max(0, after.readBytes() - then.readBytes()) / seconds,
                  Math.max(0, after.writeBytes() - then.writeBytes()) / seconds));
        }
      }
      rates.sort(Comparator.comparingDouble(Rates::total).reversed());
      Sample s =
          new Sample(
              seconds,
              diskRate(diskBefore, diskAfter, seconds, true),
              diskRate(diskBefore, diskAfter, seconds, false),
              rates,
              denied);
      before = counters(handles);
      diskBefore = diskAfter;
      last = now;
      return s;
    }

    private Optional<DiskIoCounters> disks() throws InterruptedException {
      Probe<Optional<DiskIoCounters>> d = Probe.of("disk_io_counters", p::diskIoCounters);
      return d.isAvailable() ? d.value() : Optional.empty();
    }
  }

  private static Map<OsProcess, IoCounters> counters(List<OsProcess> handles) {
    Map<OsProcess, IoCounters> m = new HashMap<>();
    for (OsProcess h : handles) {
      Object io = h.info().get(ProcessAttr.IO_COUNTERS);
      if (io != null) {
        m.put(h, (IoCounters) io);
      }
    }
    return m;
  }

  private static Double diskRate(
      Optional<DiskIoCounters> before, Optional<DiskIoCounters> after, double secs, boolean read) {
    if (before.isEmpty() || after.isEmpty()) {
      return null;
    }
    long delta =
        read
            ? after.get().readBytes() - before.get().readBytes()
            : after.get().writeBytes() - before.get().writeBytes();
    return Math.max(0, delta) / secs;
  }

  static Map<String, Object> json(Sample s, int rows) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("interval", s.seconds());
    m.put("disk_read_bytes_per_sec", s.diskRead());
    m.put("disk_write_bytes_per_sec", s.diskWrite());
    m.put("access_denied", s.denied());
    List<Object> procs = new ArrayList<>();
    for (Rates r : s.procs().subList(0, Math.min(rows, s.procs().size()))) {
      Map<String, Object> p = new LinkedHashMap<>();
      p.put("pid", r.row().pid());
      p.put("username", r.row().username());
      p.put("name", r.row().name());
      p.put("cmdline", r.row().cmdline());
      p.put("read_bytes_per_sec", r.read());
      p.put("write_bytes_per_sec", r.write());
      procs.add(p);
    }
    m.put("processes", procs);
    return m;
  }

  static String render(Sample s, int rows) {
    StringBuilder sb = new StringBuilder();
    sb.append("Total DISK READ: ").append(perSecond(s.diskRead()));
    sb.append(" | Total DISK WRITE: ").append(perSecond(s.diskWrite())).append('\n');
    Table table =
        Table.of(
            Column.left("PID", 5),
            Column.left("USER", 7),
            Column.right("DISK READ", 11),
            Column.right("DISK WRITE", 11),
            Column.left("", 0), // psutil's template has two spaces here
            Column.left("COMMAND", 0));
    for (Rates r : s.procs().subList(0, Math.min(rows, s.procs().size()))) {
      table.row(
          r.row().pid(),
          r.row().username(),
          perSecond(r.read()),
          perSecond(r.write()),
          "",
          r.row().command());
    }
    sb.append(table.render());
    if (s.denied() > 0) {
      sb.append('(').append(s.denied()).append(s.denied() == 1 ? " process" : " processes");
      sb.append(" not shown: access denied)\n");
    }
    return sb.toString();
  }

  private static String perSecond(Double rate) {
    return rate == null ? "?" : Psutil.bytes2human(Math.round(rate)) + "/s";
  }
}
