package io.github.jpsutil.cli.commands;

import io.github.jpsutil.Psutil;
import io.github.jpsutil.api.MemoryInfo;
import io.github.jpsutil.api.ProcessAttr;
import io.github.jpsutil.cli.Command;
import io.github.jpsutil.cli.Invocation;
import io.github.jpsutil.cli.OptionSpec;
import io.github.jpsutil.cli.json.ProcessSnapshot;
import io.github.jpsutil.cli.text.Table;
import io.github.jpsutil.cli.text.Table.Column;
import io.github.jpsutil.cli.text.TimeText;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * {@code jpsutil ps}: every process, like {@code ps aux}, after psutil's {@code scripts/ps.py}
 * (columns USER PID %CPU %MEM VSZ RSS NICE STATUS START TIME CMDLINE). A value access was denied to
 * prints {@code -}. psutil's script has no %CPU column any more (its {@code cpu_percent()} is 0.0
 * on a first call); jpsutil prints ps(1)'s: CPU time (user + system) over the time since the
 * process started, in percent of one CPU. TIME is minutes:seconds of that CPU time without psutil's
 * hourly wrap; STATUS is psutil's whole status word, not its first five letters.
 *
 * <p>JSON: a list with one object per process: psutil's names for the attributes read ({@code
 * cmdline, cpu_times, create_time, memory_info, memory_percent, name, nice, pid, status,
 * username}), {@code null} where denied, plus {@code cpu_percent_lifetime} (the %CPU column).
 */
final class PsCommand implements Command {
  static final Set<ProcessAttr> ATTRS =
      EnumSet.of(
          ProcessAttr.PID,
          ProcessAttr.NAME,
          ProcessAttr.USERNAME,
          ProcessAttr.CMDLINE,
          ProcessAttr.STATUS,
          ProcessAttr.NICE,
          ProcessAttr.CREATE_TIME,
          ProcessAttr.CPU_TIMES,
          ProcessAttr.MEMORY_INFO,
          ProcessAttr.MEMORY_PERCENT);

  @Override
  public String name() {
    return "ps";
  }

  @Override
  public String summary() {
    return "every process with its user, CPU, memory and command line, like ps aux";
  }

  @Override
  public List<OptionSpec> options() {
    return List.of(OptionSpec.JSON);
  }

  @Override
  public int run(Invocation inv) {
    Psutil p = inv.psutil();
    List<ProcessRow> rows = ProcessRow.fetch(p, ATTRS);
    Instant now = Instant.now();
    if (inv.json()) {
      inv.printJson(json(rows, ATTRS, now));
    } else {
      inv.out().print(render(rows, now, ZoneId.systemDefault()));
    }
    return 0;
  }

  static List<Object> json(List<ProcessRow> rows, Set<ProcessAttr> attrs, Instant now) {
    List<Object> out = new ArrayList<>(rows.size());
    for (ProcessRow r : rows) {
      Map<String, Object> m = ProcessSnapshot.json(r.pid(), attrs, r.info());
      m.put("cpu_percent_lifetime", lifetimeCpuPercent(r, now));
      out.add(m);
    }
    return out;
  }

  static String render(List<ProcessRow> rows, Instant now, ZoneId zone) {
    LocalDate today = now.atZone(zone).toLocalDate();
    Table table =
        Table.of(
            Column.left("USER", 10),
            Column.right("PID", 5),
            Column.right("%CPU", 5),
            Column.right("%MEM", 5),
            Column.right("VSZ", 7),
            Column.right("RSS", 7),
            Column.right("NICE", 5),
            Column.right("STATUS", 6),
            Column.right("START", 6),
            Column.right("TIME", 6),
            Column.left("CMDLINE", 0));
    for (ProcessRow r : rows) {
      MemoryInfo mem = r.memoryInfo();
      Double busy = r.busySeconds();
      table.row(
          r.username(),
          r.pid(),
          oneDecimal(lifetimeCpuPercent(r, now)),
          oneDecimal(r.memoryPercent()),
          mem == null ? null : Psutil.bytes2human(mem.vms()),
          mem == null ? null : Psutil.bytes2human(mem.rss()),
          r.nice(),
          r.status() == null ? null : r.status().value(),
          r.createTime() == null ? null : TimeText.startColumn(r.createTime(), zone, today),
          busy == null ? null : TimeText.minutesSeconds(busy),
          r.command());
    }
    return table.render();
  }

  /**
   * ps(1)'s %CPU: user + system seconds over the seconds since the process started, times 100; null
   * when either is denied.
   */
  static Double lifetimeCpuPercent(ProcessRow r, Instant now) {
    Double busy = r.busySeconds();
    Instant started = r.createTime();
    if (busy == null || started == null) {
      return null;
    }
    double elapsed = Duration.between(started, now).toNanos() / 1e9;
    return elapsed <= 0 ? 0.0 : busy / elapsed * 100;
  }

  static String oneDecimal(Double value) {
    return value == null ? null : String.format(Locale.ROOT, "%.1f", value);
  }
}
