package io.github.jpsutil.cli.commands;

import io.github.jpsutil.Psutil;
import io.github.jpsutil.api.ProcessAttr;
import io.github.jpsutil.cli.Command;
import io.github.jpsutil.cli.Invocation;
import io.github.jpsutil.cli.LiveView;
import io.github.jpsutil.cli.OptionSpec;
import io.github.jpsutil.cli.Probe;
import io.github.jpsutil.cli.text.PercentBar;
import io.github.jpsutil.cli.text.PyFloat;
import io.github.jpsutil.cli.text.Table;
import io.github.jpsutil.cli.text.Table.Column;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code jpsutil cpu-distribution}: a usage bar per CPU, then, as psutil's {@code
 * scripts/cpu_distribution.py}, a column per CPU (the first eight) naming the processes that last
 * ran on it ({@code cpu_num()}); redrawn every interval on a terminal; one frame into a pipe, with
 * {@code --once} or {@code --json}. JSON: {@code {"interval": s, "cpu_percent_percpu": [...],
 * "processes_by_cpu": [[{"pid", "name"}, …] per CPU]}}, the last null without {@code cpu_num}.
 */
final class CpuDistributionCommand implements Command {
  private static final int BAR_WIDTH = 50;

  /** psutil's script shows the processes of the first 8 CPUs, to fit a screen. */
  static final int CPU_COLUMNS = 8;

  /** psutil's column width; longer names are cut. */
  private static final int NAME_WIDTH = 10;

  @Override
  public String name() {
    return "cpu-distribution";
  }

  @Override
  public String summary() {
    return "per-CPU usage bars, refreshed every interval";
  }

  @Override
  public List<OptionSpec> options() {
    return List.of(OptionSpec.INTERVAL, OptionSpec.ONCE, OptionSpec.JSON);
  }

  @Override
  public int run(Invocation inv) throws InterruptedException {
    double seconds = inv.seconds(OptionSpec.INTERVAL, 1.0, 0.1, 3600);
    Duration interval = Duration.ofNanos(Math.round(seconds * 1e9));
    Psutil p = inv.psutil();
    Probe<List<Double>> first = Probe.of("cpu_percent", () -> p.perCpuPercent(interval));
    if (inv.json()) {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("interval", seconds);
      m.put("cpu_percent_percpu", first.mapOrNull(v -> v));
      m.put("processes_by_cpu", processes(p).mapOrNull(rows -> json(rows, first)));
      inv.printJson(m);
      return 0;
    }
    if (!first.isAvailable()) {
      inv.out().println(first.notAvailableLine());
      return 0;
    }
    LiveView.show(
        inv,
        new LiveView.Frames() {
          // The first frame shows the sample already taken to learn whether the function exists.
          private List<Double> pending = first.value();

          @Override
          public String next() throws InterruptedException {
            List<Double> percents = pending != null ? pending : p.perCpuPercent(interval);
            pending = null;
            Probe<List<ProcessRow>> rows = processes(p);
            return render(percents, seconds)
                + (rows.isAvailable() ? "\n" + columns(rows.value(), percents.size()) : "");
          }
        });
    return 0;
  }

  /** Name and last CPU of every process; not available without {@code cpu_num}. */
  private static Probe<List<ProcessRow>> processes(Psutil p) throws InterruptedException {
    return Probe.of(
        "cpu_num",
        () -> {
          if (!p.processAttrs().contains(ProcessAttr.CPU_NUM)) {
            throw new UnsupportedOperationException("no cpu_num() on this OS");
          }
          return ProcessRow.fetch(p, EnumSet.of(ProcessAttr.NAME, ProcessAttr.CPU_NUM));
        });
  }

  private static List<Object> json(List<ProcessRow> rows, Probe<List<Double>> percents) {
    int cpus = percents.isAvailable() ? percents.value().size() : 0;
    List<List<Object>> byCpu = new ArrayList<>();
    for (ProcessRow r : rows) {
      Integer cpu = r.cpuNum();
      if (cpu == null || cpu < 0) {
        continue; // denied, or a FreeBSD kernel process without a CPU
      }
      cpus = Math.max(cpus, cpu + 1);
      while (byCpu.size() < cpus) {
        byCpu.add(new ArrayList<>());
      }
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("pid", r.pid());
      m.put("name", r.name());
      byCpu.get(cpu).add(m);
    }
    while (byCpu.size() < cpus) {
      byCpu.add(new ArrayList<>());
    }
    return new ArrayList<>(byCpu);
  }

  /**
   * psutil's lower half: a column per CPU (the first {@value #CPU_COLUMNS}) listing, in pid order,
   * the names of the processes that last ran there, cut to {@value #NAME_WIDTH} characters.
   */
  static String columns(List<ProcessRow> rows, int cpus) {
    int shown = Math.min(cpus, CPU_COLUMNS);
    List<List<String>> names = new ArrayList<>();
    Column[] header = new Column[shown];
    for (int i = 0; i < shown; i++) {
      names.add(new ArrayList<>());
      header[i] = Column.left("CPU " + i, NAME_WIDTH);
    }
    for (ProcessRow r : rows) {
      Integer cpu = r.cpuNum();
      if (cpu != null && cpu >= 0 && cpu < shown) {
        String name = r.name() == null ? "?" : r.name();
        names.get(cpu).add(name.length() > NAME_WIDTH ? name.substring(0, NAME_WIDTH) : name);
      }
    }
    Table table = Table.of(header);
    int height = names.stream().mapToInt(List::size).max().orElse(0);
    for (int row = 0; row < height; row++) {
      Object[] cells = new Object[shown];
      for (int c = 0; c < shown; c++) {
        cells[c] = row < names.get(c).size() ? names.get(c).get(row) : "";
      }
      table.row(cells);
    }
    String hidden = cpus > shown ? "(+ " + (cpus - shown) + " CPUs hidden)\n" : "";
    return table.render() + hidden;
  }

  /** A header line, then {@code CPU n [||| ] 12.5%} per CPU. */
  static String render(List<Double> percents, double seconds) {
    StringBuilder sb = new StringBuilder();
    sb.append("CPU usage over ")
        .append(PyFloat.repr(seconds))
        .append(" s, ")
        .append(percents.size())
        .append(percents.size() == 1 ? " CPU\n" : " CPUs\n");
    int digits = Integer.toString(Math.max(0, percents.size() - 1)).length();
    for (int i = 0; i < percents.size(); i++) {
      String index = Integer.toString(i);
      sb.append("CPU ")
          .append(" ".repeat(digits - index.length()))
          .append(index)
          .append(' ')
          .append(PercentBar.render(percents.get(i), BAR_WIDTH))
          .append('\n');
    }
    return sb.toString();
  }
}
