package io.github.jpsutil.cli.commands;

import io.github.jpsutil.Psutil;
import io.github.jpsutil.api.DiskUsage;
import io.github.jpsutil.cli.Command;
import io.github.jpsutil.cli.CommandFailure;
import io.github.jpsutil.cli.Invocation;
import io.github.jpsutil.cli.OptionSpec;
import io.github.jpsutil.cli.Probe;
import io.github.jpsutil.cli.json.JsonRecords;
import io.github.jpsutil.cli.text.Table;
import io.github.jpsutil.cli.text.Table.Column;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.List;

/**
 * {@code jpsutil disk-usage [PATH]}: the usage of the filesystem holding PATH (psutil's {@code
 * disk_usage(path)}); without PATH every partition, as psutil's {@code scripts/disk_usage.py} (the
 * same as {@code df}). A PATH that does not exist fails with status 1, as {@code df PATH} does.
 * JSON with PATH: psutil's {@code sdiskusage} object.
 */
final class DiskUsageCommand implements Command {
  @Override
  public String name() {
    return "disk-usage";
  }

  @Override
  public String summary() {
    return "usage of the filesystem holding PATH (without PATH: every partition)";
  }

  @Override
  public List<OptionSpec> options() {
    return List.of(OptionSpec.JSON);
  }

  @Override
  public String operands() {
    return "[PATH]";
  }

  @Override
  public int maxOperands() {
    return 1;
  }

  @Override
  public int run(Invocation inv) throws InterruptedException {
    if (inv.operands().isEmpty()) {
      return DfCommand.list(inv, false);
    }
    String path = inv.operands().get(0);
    checkExists(path);
    Psutil p = inv.psutil();
    Probe<DiskUsage> usage = Probe.of("disk_usage", () -> p.diskUsage(path));
    if (inv.json()) {
      inv.printJson(usage.mapOrNull(JsonRecords::diskUsage));
    } else if (usage.isAvailable()) {
      inv.out().print(render(path, usage.value()));
    } else {
      inv.out().println(usage.notAvailableLine());
    }
    return 0;
  }

  /**
   * Checked here as well as by the backend so the message is the same on every OS, and also while
   * the backend cannot tell (disk_usage not available).
   */
  private static void checkExists(String path) {
    if (path.isEmpty()) {
      throw new CommandFailure("'': no such file or directory");
    }
    try {
      if (!Files.exists(Path.of(path))) {
        throw new CommandFailure(path + ": no such file or directory");
      }
    } catch (InvalidPathException e) {
      throw new CommandFailure(path + ": invalid path (" + e.getReason() + ")");
    }
  }

  static String render(String path, DiskUsage u) {
    return Table.of(
            Column.left("Path", 17),
            Column.right("Total", 8),
            Column.right("Used", 8),
            Column.right("Free", 8),
            Column.right("Use%", 5))
        .row(
            path,
            Psutil.bytes2human(u.total()),
            Psutil.bytes2human(u.used()),
            Psutil.bytes2human(u.free()),
            DfCommand.usePercent(u))
        .render();
  }
}
