package io.github.jpsutil.cli.commands;

import io.github.jpsutil.cli.Command;
import io.github.jpsutil.cli.Invocation;
import io.github.jpsutil.cli.OptionSpec;
import io.github.jpsutil.cli.Probe;
import io.github.jpsutil.cli.json.SystemSnapshot;
import io.github.jpsutil.cli.text.TreeText;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code jpsutil snapshot}: every psutil system function in one document, {@code {"system": {…}}}
 * with psutil's function and field names, so it can be compared field by field with psutil and with
 * the OS's own tools. The per-process part ({@code "processes"}) joins it with issue 3. Without
 * {@code --json}: the same tree as indented text.
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
    return "every system function at once, with psutil's names";
  }

  @Override
  public List<OptionSpec> options() {
    return List.of(OptionSpec.JSON);
  }

  @Override
  public int run(Invocation inv) throws InterruptedException {
    Map<String, Probe<Object>> system = SystemSnapshot.collect(inv.psutil(), CPU_PERCENT_INTERVAL);
    Map<String, Object> doc = new LinkedHashMap<>();
    if (inv.json()) {
      doc.put("system", SystemSnapshot.json(system));
      inv.printJson(doc);
    } else {
      doc.put("system", SystemSnapshot.text(system));
      inv.out().print(TreeText.render(doc));
    }
    return 0;
  }
}
