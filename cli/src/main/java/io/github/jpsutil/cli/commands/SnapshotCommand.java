package io.github.jpsutil.cli.commands;

import io.github.jpsutil.Psutil;
import io.github.jpsutil.cli.Command;
import io.github.jpsutil.cli.Invocation;
import io.github.jpsutil.cli.OptionSpec;
import io.github.jpsutil.cli.Probe;
import io.github.jpsutil.cli.json.ContainerJson;
import io.github.jpsutil.cli.json.ProcessSnapshot;
import io.github.jpsutil.cli.json.SystemSnapshot;
import io.github.jpsutil.cli.text.TreeText;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code jpsutil snapshot}: every psutil system function and every process in one document, {@code
 * {"system": {…}, "container": {…}, "processes": [{…}, …]}} with psutil's function, attribute and
 * field names, so it can be compared field by field with psutil and with the OS's own tools. Each
 * process is its {@code as_dict()} ({@link ProcessSnapshot}), null where access was denied; {@code
 * cpu_percent} covers the time the system part took to collect. Without {@code --json}: the same
 * tree as indented text. {@code processes} is null on a platform without a process API.
 */
final class SnapshotCommand implements Command {
  /** cpu_percent needs two readings; 0.1 s keeps the snapshot quick yet meaningful. */
  static final Duration CPU_PERCENT_INTERVAL = Duration.ofMillis(100);

  @Override
  public String name() {
    return "snapshot";
  }

  @Override
  public String summary() {
    return "every system function and every process at once, with psutil's names";
  }

  @Override
  public List<OptionSpec> options() {
    return List.of(OptionSpec.JSON);
  }

  @Override
  public int run(Invocation inv) throws InterruptedException {
    Psutil p = inv.psutil();
    // Without a process API both calls are unsupported; the second one's probe reports it.
    Probe.of(
        "process_iter",
        () -> {
          ProcessSnapshot.startCpuPercent(p);
          return null;
        });
    Map<String, Probe<Object>> system = SystemSnapshot.collect(p, CPU_PERCENT_INTERVAL);
    Probe<List<Object>> processes = Probe.of("process_iter", () -> ProcessSnapshot.collect(p));
    // Not in psutil: the limits and usage of this process's cgroup, null outside a limited one.
    Probe<Object> container =
        Probe.of(
            "cgroup_resources",
            () -> p.containers().currentLimits().map(ContainerJson::resources).orElse(null));
    Map<String, Object> doc = new LinkedHashMap<>();
    if (inv.json()) {
      doc.put("system", SystemSnapshot.json(system));
      doc.put("container", container.mapOrNull(v -> v));
      doc.put("processes", processes.mapOrNull(v -> v));
      inv.printJson(doc);
    } else {
      doc.put("system", SystemSnapshot.text(system));
      doc.put(
          "container",
          container.isAvailable() ? container.value() : container.notAvailableReason());
      doc.put(
          "processes",
          processes.isAvailable() ? processes.value() : processes.notAvailableReason());
      inv.out().print(TreeText.render(doc));
    }
    return 0;
  }
}
