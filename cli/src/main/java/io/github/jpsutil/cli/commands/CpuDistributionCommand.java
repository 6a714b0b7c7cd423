package io.github.jpsutil.cli.commands;

import io.github.jpsutil.Psutil;
import io.github.jpsutil.cli.Command;
import io.github.jpsutil.cli.Invocation;
import io.github.jpsutil.cli.LiveView;
import io.github.jpsutil.cli.OptionSpec;
import io.github.jpsutil.cli.Probe;
import io.github.jpsutil.cli.text.PercentBar;
import io.github.jpsutil.cli.text.PyFloat;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code jpsutil cpu-distribution}: a usage bar per CPU, redrawn every interval on a terminal; one
 * frame into a pipe, with {@code --once} or {@code --json}. psutil's {@code
 * scripts/cpu_distribution.py} also lists the processes last run on each CPU; that part arrives
 * with the process API (issue 3). JSON: {@code {"interval": s, "cpu_percent_percpu": [...]}}.
 */
final class CpuDistributionCommand implements Command {
  private static final int BAR_WIDTH = 50;

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
            return render(percents, seconds);
          }
        });
    return 0;
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
