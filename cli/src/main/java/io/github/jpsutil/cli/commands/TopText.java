package io.github.jpsutil.cli.commands;

import io.github.jpsutil.Psutil;
import io.github.jpsutil.api.LoadAverage;
import io.github.jpsutil.api.MemoryInfo;
import io.github.jpsutil.api.ProcessStatus;
import io.github.jpsutil.cli.Probe;
import io.github.jpsutil.cli.text.PercentBar;
import io.github.jpsutil.cli.text.Table;
import io.github.jpsutil.cli.text.Table.Column;
import io.github.jpsutil.cli.text.TimeText;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/** The text of one {@code top} frame, in psutil's {@code scripts/top.py} layout. */
final class TopText {
  /** psutil's bars are 40 characters, one {@code |} per 2.5 %. */
  private static final int BAR_WIDTH = 40;

  private TopText() {}

  static String render(TopCommand.Sample s, int rows) {
    StringBuilder sb = new StringBuilder();
    header(sb, s);
    sb.append('\n');
    Table table =
        Table.of(
            Column.left("PID", 6),
            Column.left("USER", 8),
            Column.right("NI", 4),
            Column.right("VIRT", 6),
            Column.right("RES", 6),
            Column.right("CPU%", 5),
            Column.right("MEM%", 5),
            Column.right("TIME+", 9),
            Column.left("NAME", 0));
    List<ProcessRow> procs = s.processes();
    for (ProcessRow r : procs.subList(0, Math.min(rows, procs.size()))) {
      MemoryInfo mem = r.memoryInfo();
      Double busy = r.busySeconds();
      table.row(
          r.pid(),
          r.username(),
          r.nice(),
          mem == null ? null : Psutil.bytes2human(mem.vms()),
          mem == null ? null : Psutil.bytes2human(mem.rss()),
          PsCommand.oneDecimal(r.cpuPercent()),
          PsCommand.oneDecimal(r.memoryPercent()),
          busy == null ? null : TimeText.minutesSecondsHundredths(busy),
          r.name());
    }
    return sb.append(table.render()).toString();
  }

  private static void header(StringBuilder sb, TopCommand.Sample s) {
    if (s.perCpu().isAvailable()) {
      List<Double> percents = s.perCpu().value();
      for (int i = 0; i < percents.size(); i++) {
        sb.append(String.format(Locale.ROOT, " CPU%-2d ", i));
        sb.append(PercentBar.render(percents.get(i), BAR_WIDTH)).append('\n');
      }
    } else {
      sb.append(' ').append(s.perCpu().notAvailableLine()).append('\n');
    }
    if (s.memory().isAvailable()) {
      var vm = s.memory().value();
      gauge(sb, "Mem", vm.percent(), vm.used(), vm.total());
    } else {
      sb.append(' ').append(s.memory().notAvailableLine()).append('\n');
    }
    if (s.swap().isAvailable()) {
      var sw = s.swap().value();
      gauge(sb, "Swap", sw.percent(), sw.used(), sw.total());
    } else {
      sb.append(' ').append(s.swap().notAvailableLine()).append('\n');
    }
    List<String> counts = new ArrayList<>();
    statusCounts(s.processes()).forEach((status, n) -> counts.add(status + "=" + n));
    sb.append(" Processes: ").append(s.processes().size());
    sb.append(" (").append(String.join(", ", counts)).append(")\n");
    sb.append(' ').append(loadAndUptime(s.load(), s.bootTime().isAvailable() ? uptime(s) : null));
    sb.append('\n');
  }

  private static void gauge(StringBuilder sb, String label, double percent, long used, long total) {
    sb.append(String.format(Locale.ROOT, " %-5s ", label));
    sb.append(PercentBar.render(percent, BAR_WIDTH));
    sb.append(
        String.format(
            Locale.ROOT, " %6s / %s\n", Psutil.bytes2human(used), Psutil.bytes2human(total)));
  }

  private static String uptime(TopCommand.Sample s) {
    long seconds = Duration.between(s.bootTime().value(), s.now()).getSeconds();
    return TimeText.days(Math.max(0, seconds));
  }

  private static String loadAndUptime(Probe<LoadAverage> load, String uptime) {
    String loadText =
        load.isAvailable()
            ? String.format(
                Locale.ROOT,
                "Load average: %.2f %.2f %.2f",
                load.value().load1(),
                load.value().load5(),
                load.value().load15())
            : load.notAvailableLine();
    return loadText + "  Uptime: " + (uptime == null ? "?" : uptime);
  }

  /**
   * How many processes are in each status: running and sleeping first (psutil's order), then the
   * others alphabetically; processes whose status was denied count as {@code ?}.
   */
  static Map<String, Integer> statusCounts(List<ProcessRow> procs) {
    Map<String, Integer> others = new TreeMap<>();
    int running = 0;
    int sleeping = 0;
    for (ProcessRow r : procs) {
      ProcessStatus status = r.status();
      if (status == ProcessStatus.RUNNING) {
        running++;
      } else if (status == ProcessStatus.SLEEPING) {
        sleeping++;
      } else {
        others.merge(status == null ? "?" : status.value(), 1, Integer::sum);
      }
    }
    Map<String, Integer> out = new LinkedHashMap<>();
    if (running > 0) {
      out.put(ProcessStatus.RUNNING.value(), running);
    }
    if (sleeping > 0) {
      out.put(ProcessStatus.SLEEPING.value(), sleeping);
    }
    out.putAll(others);
    return out;
  }
}
